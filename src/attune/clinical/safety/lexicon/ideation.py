"""Explicit suicidal ideation and intent."""

from __future__ import annotations

from attune.clinical.safety.lexicon.base import PI, SI, Rule

# ---------------------------------------------------------------------------------------
# Explicit suicidal ideation and intent
# ---------------------------------------------------------------------------------------
SUICIDAL_IDEATION: tuple[Rule, ...] = (
    Rule(
        "si.kill_self",
        SI,
        "high",
        r"(?:k(?:i|ii|y|e)?l{1,2}(?:ing|ed|in|s)?|murder(?:ing|ed)?|off(?:ing|ed)?|end(?:ing|ed)?)"
        r" <SELF>",
    ),
    Rule("si.kms", SI, "high", r"(?<![0-9] )(?<![0-9])kms"),
    Rule("si.unalive_self", SI, "high", r"unaliv(?:e|ing|ed) (?:<SELF>|me)"),
    Rule(
        "si.end_my_life",
        SI,
        "high",
        r"end(?:ing|ed|s)? (?:my|this) (?:own )?(?:miserable |pathetic |stupid |worthless |sad )?"
        r"(?:life|existence)",
    ),
    Rule(
        "si.take_my_life",
        SI,
        "high",
        r"(?:take|taking|took|taken) my (?:own )?life(?! (?:savings|story|in|into|back|for granted"
        r"|insurance|lessons|to the next|by the|more seriously|seriously))",
    ),
    Rule(
        "si.end_it_all",
        SI,
        "high",
        r"end(?:ing)? (?:it|things|everything) (?:all|for good|once and for all|permanently"
        r"|forever|tonight|today|soon|this (?:week|weekend)|tomorrow)"
        r"|end(?:ing)? (?:everything|it all|all of it)(?! (?:with|between))",
    ),
    Rule(
        "si.intent_end_it",
        SI,
        "high",
        r"(?:going to|gonna|will|ill|plan to|planning to|planned to|decided to|about to"
        r"|ready to|have to|need to|want to|wanna|try to|tried to|trying to|tempted to) <ADV>"
        r"end(?:ing)? (?:it|things|everything|me)(?: (?:all|for good|tonight|today|tomorrow|soon"
        r"|this (?:week|weekend|year|month)|next (?:week|month|year)|on (?:my birthday|the \w+"
        r"|\w+day|new year|christmas)|before (?:christmas|my birthday|the (?:end|weekend))"
        r"|after (?:christmas|my birthday|the (?:exams|holidays|funeral))))?<HOLD_FOLLOW>",
    ),
    Rule(
        "si.think_end_it",
        SI,
        "possible",
        r"(?:thinking (?:about|of)|think (?:about|of)|thought (?:about|of)|considering"
        r"|considered|contemplating|contemplated|should|could|might|should just|could just)"
        r" <ADV>end(?:ing)? (?:it|things)(?! (?:with|between|off|here|there|early|on|at"
        r"|for (?:the|today|now)))",
    ),
    Rule(
        "si.suicidal_self",
        SI,
        "high",
        r"(?:i was|i have been|ive been|i ve been|i been|ive|<IM>|am|feel|feeling|felt|get|getting"
        r"|got|gotten|become|becoming|became|go|going|turning|been) <ADV>(?:very |quite "
        r"|a bit |a little |extremely |super |more |actively |passively |increasingly "
        r"|pretty |really |so )?<SUICIDAL>",
    ),
    Rule(
        "si.suicidal_thoughts",
        SI,
        "high",
        r"(?:having|have|had|get|getting|got|been having|experiencing|struggling with|battling"
        r"|fighting|my|more|constant|these|the|some|bad|dark) <ADV>(?:some |a lot of |lots of "
        r"|many |so many |more |constant |frequent |intrusive |passive |active |strong "
        r"|serious |real |bad |dark )?<SUICIDAL> (?:thoughts?|ideation|feelings?|urges?"
        r"|impulses?|ideas?|episodes?|moods?|spiral)",
    ),
    Rule(
        "si.suicidal_now",
        SI,
        "high",
        r"<SUICIDAL> (?:again|tonight|today|lately|rn|right now|af|as hell|as fuck|these days"
        r"|this week|all the time|every day|most days)",
    ),
    Rule(
        "si.thinking_suicide",
        SI,
        "high",
        r"(?:think|thinking|thought|thoughts|consider|considering|considered|contemplate"
        r"|contemplating|contemplated|planning|plan|planned|plotting|attempt|attempting"
        r"|attempted|try|tried|trying|commit|committing|committed|obsessing|obsessed|fantasi[sz]e"
        r"|fantasi[sz]ing|dreaming|dream|research|researching|researched|googling|googled|urge"
        r"|urges|tempted|want|wanna|wanted|leaning towards|close to|closer to|on the verge of)"
        r" <ADV>(?:about |of |on |to |by |towards )?(?:committing |doing |attempting )?<SUICIDE>",
    ),
    Rule(
        "si.suicide_answer",
        SI,
        "high",
        r"(?:<SUICIDE>|ending it|ending (?:it all|things|my life|everything)|dying|death"
        r"|killing myself|disappearing|not being here|not existing) (?:is|seems|feels|looks"
        r"|sounds)(?: like)? (?:the|my) (?:only|best|last|right"
        r"|easiest) (?:way|option|answer|choice|solution|way out|escape)",
    ),
    Rule(
        "si.want_to_die",
        SI,
        "high",
        r"(?:<DESIRE> <TO>|wanna|wana|wan|want|wnt|need|should|deserve to|deserves to|ought to"
        r"|gotta|want 2) <ADV>(?:die|be dead|not be alive|stop living|stop breathing"
        r"|stop being alive|be deceased|pass away|perish|cease to exist)",
    ),
    Rule(
        "si.want_death",
        SI,
        "high",
        r"(?:<DESIRE>|welcome|crave|craving|long for|longing for|yearn for|yearning for"
        r"|pray for|praying for|looking forward to|ready for|wish for|hope for|beg for) "
        r"<ADV>(?:death|my death|my own death|to be dead)",
    ),
    Rule(
        "si.wish_dead",
        SI,
        "high",
        r"(?:wish|wished|wishing|hope|hoped|hoping|pray|prayed|praying)(?: that)? (?:i|id|i d)"
        r" <ADV>(?:(?:was|were|could be|would be|d be|was just|were just|could just|would just"
        r"|would|could|will|ll|just|am|had|had just|d have|would have|could have|ve|had been"
        r"|was already|were already) )?<ADV>(?:dead|die|died|drop dead|stop breathing"
        r"|stop living|pass away|passed away|perish)",
    ),
    Rule(
        "si.rather_dead",
        SI,
        "high",
        r"(?:id|i would|i d|would|d) <ADV>(?:much )?(?:rather|sooner) (?:be dead|die|not be alive"
        r"|not exist|not live|not wake up|not be here|not be around|be gone)(?! than (?!(?:live"
        r"|living|go on|going on|keep|keeping"
        r"|continue|continuing|face|facing|spend another|feel|feeling|be alive|wake up|exist"
        r"|existing|carry on|stay|be here|be me|be like this)))",
    ),
    Rule(
        "si.better_off_dead",
        SI,
        "high",
        r"(?:better off|better|happier|easier) (?:off )?(?:dead|six feet under|in the ground"
        r"|in a grave|in a box|not alive|if i (?:was|were|am) dead"
        r"|if i died|if i (?:just )?(?:ended it|killed myself|wasnt alive|werent alive))",
    ),
    Rule(
        "si.dont_want_to_live",
        SI,
        "high",
        r"(?:<DONT>|no longer|never|really dont|dont really|dont even|barely|hardly|not) <ADV>"
        r"(?:want|wanting|wanna|wish|feel like|care|have the will|have any will|see the point"
        r"|see a reason)"
        r"(?: to)? <ADV>(?:live|<LIVING>|being alive|existing|be alive|exist|keep living"
        r"|go on living|stay alive|keep existing"
        r"|be living|continue living|carry on living|survive|wake up alive|be on this earth"
        r"|be in this world)(?! (?:with|in|at|near|there|here|alone|abroad|together"
        r"|on (?:my|our) own|without|next|by|like|off|through|on|up|out|under|for|until"
        r"|somewhere|anywhere|a lie|that way|in fear|forever))",
    ),
    Rule(
        "si.hedged_want_to_live",
        SI,
        "possible",
        r"(?:not sure (?:if |whether |that )?i|dont know (?:if|whether) i|not certain (?:that )?i"
        r"|unsure (?:if|whether) i|dont think i|not convinced i|cant say i) <ADV>(?:really )?"
        r"(?:want|wanna|need|care)(?: to)? <ADV>(?:live|be alive|exist|keep living|go on"
        r"|stay alive|keep going|be here|wake up|survive)(?! (?:with|in|at|near|there|alone"
        r"|abroad|together|on (?:my|our) own|next|like that|forever))",
    ),
    Rule(
        "si.want_life_to_end",
        SI,
        "high",
        r"(?:<DESIRE>|wanna|need|praying for|waiting for) (?:for )?my (?:life|heart|existence)"
        r" (?:to )?(?:just )?(?:end|stop|be over|to end|to stop|to be over|finish)",
    ),
    Rule(
        "si.deserve_to_die",
        SI,
        "high",
        r"(?:i|i just|i really|i probably|i honestly) (?:deserve|deserved) (?:to (?:die|be dead"
        r"|suffer and die|not exist|not be alive|disappear forever)|death|to rot and die)",
    ),
    Rule(
        "si.how_to_die",
        SI,
        "high",
        r"how (?:to|i could|i can|i would|i should|do i|should i|can i|could i|id|i d) "
        r"(?:die|kill myself|end my life|commit <SUICIDE>|overdose|hang myself"
        r"|do it (?:painlessly|without pain|quickly|fast)|end it(?! with))",
    ),
    Rule(
        "si.only_way_out",
        SI,
        "high",
        r"(?:only|best|easiest|last|one) (?:way out|option|answer|solution|escape|choice"
        r"|thing left|way to stop (?:the|this) pain)(?: left| i have| i see)? (?:is|would be|seems"
        r"|s|feels like) (?:to )?(?:just )?(?:die|death|dying|<SUICIDE>|to end it|end it|ending it"
        r"|killing myself|to kill myself|kill myself|to disappear|not being here|to not exist"
        r"|not existing|ending my life|to end my life|an overdose|to overdose)",
    ),
    Rule(
        "si.no_way_out_but_death",
        SI,
        "high",
        r"(?:no|not any|not a single|only one) (?:other )?(?:way out|option|choice|escape|solution"
        r"|answer|way)(?: \w+){0,3} (?:except|but|other than|apart from|besides|than) (?:dying"
        r"|death|to die|die|<SUICIDE>|killing myself|to kill myself|ending it|to end it|ending my"
        r" life|to end my life|not being here|ending everything)",
    ),
    Rule(
        "si.feel_like_dying",
        SI,
        "high",
        r"(?:feel|feeling|felt|feels) like (?:just )?(?:dying|dieing|being dead|ending it all"
        r"|ending my life|killing myself|not existing|not being alive|i want to die|death is"
        r" the only way)",
    ),
    Rule(
        "pi.feel_like_ending_things",
        PI,
        "possible",
        r"(?:feel|feeling|felt|feels) like (?:just )?(?:ending (?:it|things|everything)"
        r"|disappearing(?: forever)?|giving up on (?:life|everything)|not waking up)"
        r"(?! (?:with|between|for (?:a|the) (?:week|day|weekend)|to (?:a|the)))",
    ),
    Rule(
        "si.guts_to_end_it",
        SI,
        "high",
        r"(?:had|have|find|found|get|got|lack|lacked|lacking|need|needed|build up|work up)"
        r" (?:the |enough )?(?:guts|courage|nerve|balls|strength|bravery) to (?:end it|end things"
        r"|kill myself|die|end my life|take my (?:own )?life|jump|go through with it|finally do"
        r" it|do it for real|pull the trigger)",
    ),
    Rule(
        "si.end_it_first_person",
        SI,
        "possible",
        r"(?:i|to|gonna|wanna|should|could|might|ill|will|just|time i|time to|finally)"
        r"(?: (?:can|could|get to|will|would|might|may|should|must))?"
        r" (?:just |finally |really |probably )?end(?:ed)? (?:it|things|everything)<HOLD_FOLLOW>"
        r"|(?:im|i am|i m) (?:just |finally |really |probably )?ending (?:it|things|everything)"
        r"<HOLD_FOLLOW>",
    ),
    Rule(
        "si.easier_not_exist",
        SI,
        "possible",
        r"(?:easier|better|simpler|kinder|best|a relief|nicer|peaceful|more peaceful|less painful)"
        r" (?:for (?:everyone|everybody|all of us|my family) )?(?:to|if i(?: could)?) <ADV>(?:not"
        r" exist|die|disappear|not be here|not be alive|be dead|end it|stop existing|not wake up"
        r"|vanish|be gone|not be around|stop living|give up|not have been born)",
    ),
    Rule(
        "si.wonder_not_here",
        SI,
        "possible",
        r"(?:wonder|wondering|wondered|imagine|imagining|imagined|think about|thinking about"
        r"|picture|picturing) (?:what it would be like|how it would feel|how it would be"
        r"|if it would be easier|how peaceful it would be|how nice it would be) (?:to|if i) <ADV>"
        r"(?:not be here|die|died|not exist|be dead|disappear|disappeared|not wake up|end it"
        r"|be gone|stopped existing|was gone|were gone|wasnt here|werent here|wasnt alive"
        r"|not be alive)",
    ),
    Rule(
        "si.not_be_here_generic",
        SI,
        "possible",
        r"(?:to|could|would|id|i d) (?:just |simply )?not (?:be here|exist|be alive|wake up"
        r"|be around)(?! (?:at|for|on|in|when|until|till|without|tomorrow|today|tonight|next"
        r"|this|by|because|if|yet|early|late|long|right now|on time|in time|so|to))",
    ),
    Rule(
        "si.if_i_was_gone",
        SI,
        "possible",
        r"if i (?:was|were|am|d be|would be) (?:just )?(?:gone|dead|no longer (?:here|around"
        r"|alive)|not (?:here|around|alive) (?:anymore|any more))(?! (?:for|on|to|from|away|at"
        r"|in|by|tomorrow|today|tonight|this|next|early|before|until|till|with|while))"
        r"|if i (?:just )?(?:died|disappeared|vanished|wasnt (?:here|around|alive)|werent (?:here"
        r"|around|alive)|didnt exist|never existed|killed myself|ended it|ended my life"
        r"|stopped existing|was never born|had never been born|never woke up|didnt wake up"
        r"|wasnt born)(?! (?:for|on|from|at|in|by|tomorrow (?:at|morning)|today at|while|with"
        r"|laughing|of (?:embarrassment|shame|boredom|laughter)|my hair|the))",
    ),
    Rule(
        "si.see_myself_living",
        SI,
        "possible",
        r"(?:cant|cannot|can not|dont|do not|couldnt|never) (?:see|picture|imagine|envision)"
        r" (?:myself|me) (?:living|alive|being alive|being here|being around|still being here"
        r"|making it|surviving|getting"
        r" through|still here|still alive|around|growing old|reaching|turning|at)(?: \w+){0,3}?"
        r" ?(?:past|beyond|to|until|till|much longer|another|next|for (?:much|another|long)"
        r"|at \d+|anymore|any more|any longer|\d+|thirty|forty|fifty|old|alive|this (?:week|month"
        r"|year|winter|summer|christmas))",
    ),
    Rule(
        "si.let_go_for_good",
        SI,
        "possible",
        r"(?:want|wanna|ready|need|going|tempted) to (?:just )?(?:let go|slip away|fade out"
        r"|drift away|sink|go under)(?: of (?:life|everything|it all|this life)(?! \w)|(?: of"
        r" (?:life|everything|it all))?(?: for good| forever| completely| and (?:die|sink"
        r"|disappear|never come back|not come back|drown)))"
        r"|(?:let|letting) (?:myself )?(?:slip away|drown|sink|go under)(?! in (?:work|a|the))",
    ),
    Rule("si.suicide_word", SI, "possible", r"<SUICIDE>|<SUICIDAL>|suicidality", mention=True),
)
