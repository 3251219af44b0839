"""Broad rules: risk described by its structure rather than by a fixed phrase.

Rounds 1-8 (see ``tests/phrases.py``) added phrases one by one, and recall on unseen wording
stayed at 59-88 %. The rules here are written from the shape of what people say, so that a
new wording of a known idea still matches:

* a wish, prayer or hope, a few words, then a self-directed outcome ("i pray every night
  that i die in my sleep", "i keep hoping ill get into an accident");
* self-talk that orders death ("i keep telling myself to just die", "kys, i tell myself");
* hedged futures ("i dont think ill be here much longer", "i might not be here tomorrow");
* a half-done act ("i almost did it last night", "the night i finally do it");
* preparation by letter, research or removing the means ("i wrote everyone a letter just in
  case", "i checked how high the bridge is", "gave my meds away so i wouldnt take them all");
* persistent thoughts of a place or means ("i keep thinking about the bridge");
* burden, reasons for living and disappointment at waking ("the only thing keeping me alive
  is my cat", "every morning im disappointed i woke up").

Levels follow the rest of the lexicon (Posner et al. 2011 grading, see ``__init__``): wishes,
hedges and ambiguous preparation are ``possible``; method research, lethality questions,
self-talk that orders death and distrust of oneself around the means are ``high``.

Many of these statements also have an everyday reading ("i might not be here tomorrow, ive
got a dentist appointment"). Those rules count only when the sentence stops there or goes on
about the writer (``_THEN_STOPS``); a comma or "!" followed by an everyday reason does not.
"""

from __future__ import annotations

from attune.clinical.safety.lexicon.base import FW, PI, PM, SH, SI, Rule

# Words that turn "i hope [when i die] ..." into a statement about the future, not a wish.
_NOT_A_WISH_GAP = r"(?!(?:when|if|after|before|once|until|till|while|he|she|they|you|we)\b)"
_THEN_STOPS = (
    r"(?=$|[.?]| (?:and (?:i|im|nobody|no one|then)|honestly|tbh|to be honest|i think|i feel"
    r"|which|so please|anyway)\b)"
)
_NOW = (
    r"(?=$|[.?]| (?:last night|tonight|today|yesterday|again|this time|this (?:morning"
    r"|evening|week|weekend)|for real|the other (?:day|night))\b)"
)
_PLACES = (
    r"(?:bridge|cliff|cliffs|cliff edge|tracks|train tracks|railway|railway line|rooftop|roof"
    r"|ledge|balcony|overpass|motorway bridge|car park roof|multi storey|river|viaduct)"
)
_MEANS = (
    r"(?:<PILLS>|knives|knife|blades?|razors?|razor blades?|scissors|rope|belt|cord|guns?"
    r"|the car|car keys|the bridge|the balcony|sharp (?:things|objects)|anything sharp"
    r"|the medicine cabinet)"
)
_TREATS = (
    r"(?:coffee|caffeine|tea|chocolate|sugar|energy drinks|red bull|netflix|wine|snacks"
    r"|this show|cake|pizza|spite|memes)"
)

_WISHES: tuple[Rule, ...] = (
    Rule(
        "gen.wish_then_outcome",
        PI,
        "possible",
        r"(?:wish|wishing|wished|hope|hoping|hoped|pray|praying|prayed|dream|dreaming"
        r"|fantasi[sz]e|fantasi[sz]ing)(?: " + _NOT_A_WISH_GAP + r"\w+){0,4}? (?:that )?"
        r"(?:i|id|ill|i d|i ll|i would|i will|i could|i might)"
        r" (?:(?:could|would|will|might|just|finally|somehow|get to|can) )*<ADV><OUTCOME>",
    ),
    Rule(
        "gen.want_outcome",
        PI,
        "possible",
        r"(?:<DESIRE> <TO>|wanna|wana|need to|just want to) <ADV><OUTCOME>",
    ),
    Rule(
        "gen.told_to_die",
        SI,
        "high",
        r"(?:tell|tells|telling|told)(?: <SELF>| me) (?:\w+ )?(?:to|i should|that i should"
        r"|i need to|i deserve to|i have to|i must|i ought to|id be better off) <ADV>(?:die"
        r"|go die|kill (?:<SELF>|yourself)|end it(?! with)|end my life|not exist|stop existing"
        r"|disappear|hurt <SELF>|cut(?! (?:my hair|back|down|off|ties))|jump(?: off)?"
        r"(?=$|[.!?,;:]| (?:off|and|i|in front)\b)|be dead|dead)",
    ),
    Rule(
        "gen.self_talk_second_person",
        SI,
        "high",
        r"(?:kys|kill yourself|go die|just die|you should (?:just )?(?:die|kill yourself|end it"
        r"|disappear|not exist)|youd be better off dead|you (?:should|deserve to) be dead)"
        r"(?: \w+){0,6}?[ ,.]+(?:i (?:tell|told|say|said|keep telling|keep saying|whisper)"
        r" (?:to )?myself|to myself|says (?:my|the) (?:brain|head|mind|voice|inner voice)"
        r"|my (?:brain|head|mind) (?:says|tells me|keeps saying)|in the mirror|the voice says)"
        r"|(?:i (?:tell|say to|keep telling|whisper to) myself|my (?:brain|head|mind|inner voice)"
        r" (?:says|tells me|keeps saying|screams)|the voices? (?:say|says|tells? me))"
        r"(?: \w+){0,3}?[ ,:]+(?:kys|kill yourself|go die|just die|you should (?:just )?(?:die"
        r"|kill yourself|end it)|you deserve to die)",
    ),
    Rule(
        "gen.free_of_life",
        PI,
        "possible",
        r"(?:<DESIRE>|wanna|just want)(?: to)? (?:just )?(?:be |break |get )?free (?:of|from)"
        r" (?:this life|life|it all|existence|this existence|this world|<LIVING>|being alive"
        r"|this body|my life|everything(?=$|[.!?,;:]| (?:forever|for good|and|i)\b))",
    ),
    Rule(
        "gen.let_go_for_good",
        PI,
        "possible",
        r"(?:thinking (?:about|of)|think (?:about|of)|thought (?:about|of)|considering|close to"
        r"|ready for|tempted by) (?:just )?letting go(?: of (?:life|everything|it all|this life)"
        r"| for good| forever| completely| and (?:dying|sinking|disappearing))",
    ),
    Rule(
        "gen.fine_if_i_died",
        PI,
        "possible",
        r"if i (?:dont|didnt|never|do not|did not|wont|die|died|was gone|were gone"
        r"|disappeared)(?: wake up)?(?: (?:tomorrow|tonight|today|in the morning|ever again"
        r"|again|in my sleep|this time|soon))?,? (?:then )?(?:thats|that s|that is|its|it s"
        r"|itd be|it d be|it would be|that would be|id be|i d be|i would be|so be it|whatever"
        r"|oh well|good riddance|who cares|fine by me|i wouldnt|i would not|i dont|i do not)"
        r"(?: \w+)?? ?(?:fine|ok|okay|alright|good|a relief|for the best|no loss|mind|care|glad"
        r"|happy|relieved|grateful|by me|honestly|$)",
    ),
    Rule(
        "gen.all_i_think_about",
        PI,
        "possible",
        r"(?:death|dying|being dead|my (?:own )?(?:funeral|death|grave)|<SUICIDE>|killing myself"
        r"|ending it|ending my life|not being here|not existing|cutting|hurting myself) (?:is|s)"
        r" (?:all|the only thing) i (?:can |ever |really |seem to )?(?:think about|want|dream"
        r" about|look forward to)",
    ),
    Rule(
        "gen.intent_end_it_open",
        SI,
        "high",
        r"(?:going to|gonna|will|ill|i ll|plan to|planning to|decided to|about to|ready to"
        r"|want to|wanna|tempted to|have to|need to|gotta) (?:just |finally |probably )?end"
        r" (?:it|it all|things|everything)(?! (?:with|between|off|early|here|there|on (?:a|the)"
        r" (?:high|good|positive)|at|for (?:the|today|now)|by|now and|properly|nicely|in (?:a|the)"
        r" (?:nice|good|friendly)|so (?:we|you|they)|after (?:the|this) (?:meeting|call|class)))",
    ),
    Rule(
        "gen.never_got_up_again",
        PI,
        "possible",
        r"if i (?:just )?never (?:got|get|woke|wake|came|come) (?:up|home|back)(?: again)?"
        r"|(?:cope|manage|be fine|be ok|be okay|carry on|move on|get on)(?: \w+){0,2}? if i"
        r" (?:wasnt here|was gone|died|disappeared|was not here|werent here|were gone)",
    ),
    Rule(
        "gen.picture_car_off_road",
        PM,
        "possible",
        r"(?:picture|picturing|pictured|imagine|imagining|imagined|see|seeing|visualise"
        r"|visualising) (?:the|my) car (?:going|driving|swerving|flying|veering|spinning) (?:off"
        r" (?:the|a) (?:road|cliff|bridge|motorway)|into (?:a|the) (?:tree|wall|river|lorry"
        r"|truck))",
    ),
    Rule(
        "gen.dont_want_rescue",
        PI,
        "possible",
        r"(?:<DONT>|no longer|never) (?:want|wanna|need) to be (?:rescued|saved|helped|stopped"
        r"|found|revived|resuscitated)(?=$|[.?]| (?:anymore|any more|this time|again)\b)",
    ),
    Rule(
        "gen.letting_go_tonight",
        PI,
        "possible",
        r"(?:im|i am|i m) (?:finally )?(?:letting go|giving up|done fighting|stopping fighting)"
        r" (?:tonight|today|now|for good|this time)(?=$|[.!?])",
    ),
    Rule(
        "gen.mind_goes_to_death",
        PI,
        "possible",
        r"(?:mind|thoughts|brain|head) (?:keeps|keep|always|just|kept)? ?(?:going|goes|drifting"
        r"|drifts|wandering|wanders|returning|returns|comes) (?:back )?(?:to|towards)"
        r"(?: \w+){0,4}?[ ,:]+(?:dying|death|ending it|ending things|<SUICIDE>|killing myself"
        r"|the bridge|the pills|not being here|not existing|ending my life|jumping|hanging"
        r"|the rope|the tracks)",
    ),
    Rule(
        "gen.imagine_if_i_stopped",
        PI,
        "possible",
        r"(?:peaceful|easy|easier|nice|quiet|restful|a relief) (?:it )?(?:would|d|could) be"
        r" (?:if i|to) (?:just )?(?:stopped|stop)(?: (?:being|breathing|existing|living))?"
        r"(?=$|[.!?,;:]| (?:and|i)\b)",
    ),
)

_HOPELESSNESS: tuple[Rule, ...] = (
    Rule(
        "gen.not_here_future",
        PI,
        "possible",
        r"(?:dont think|do not think|doubt|not sure|dont know if|no idea if|wonder if|might not"
        r"|may not|probably wont|probably will not|probably not going to) (?:that )?(?:ill |i"
        r" will |i ll |i |im going to |i m going to |im gonna |i can )?(?:still )?(?:be (?:here"
        r"|around|alive)|make it|last|survive|hold on|keep going)(?: \w+)? (?:much longer|for"
        r" much longer|for long|tomorrow|by (?:morning|then)|(?:the|this) (?:winter|summer|year"
        r"|week|month|night|weekend)"
        r"|after tonight|to see (?:tomorrow|christmas|another|next|my)|this time next (?:week"
        r"|year)|much more|soon|anymore|any more)" + _THEN_STOPS,
    ),
    Rule(
        "gen.not_alive_for_milestone",
        PI,
        "possible",
        r"(?:<DONT>|never|no longer) (?:want|wanna|plan|intend|expect)(?: to)? (?:be (?:alive|here"
        r"|around)|live|still be (?:alive|here)) (?:for|to see|at|by|on|until) (?:my|the next"
        r"|next|another|the) (?:\w+ )?(?:birthday|christmas|new year|year|anniversary|\d+\w*"
        r"|thirty|forty|fifty|twenty)"
        r"|(?:<DONT>|never) (?:want|wanna|plan|expect) to (?:see|reach|turn|make it to) (?:my"
        r" )?(?:\d+\w*|thirty|forty|fifty|twenty|next birthday|another birthday|another"
        r" christmas|next christmas|old age)(?=$|[.!?,;:]| (?:and|i|honestly)\b)",
    ),
    Rule(
        "gen.too_much_to_live",
        PI,
        "possible",
        r"(?:hurts|hurt|is|s|feels|its|it s) (?:so |too |way too |far too )?(?:much|hard|painful"
        r"|exhausting|heavy|lonely|difficult) (?:\w+ )?to (?:keep (?:<LIVING>|existing|being"
        r" alive|breathing)|go on <LIVING>|carry on <LIVING>|live|be alive|stay alive|exist"
        r"|keep going|go on)(?=$|[.!?,;:]| (?:anymore|any more|and|i|like this|with (?:this|the)"
        r" pain|honestly|now)\b)"
        r"|(?:life|<LIVING>|existing|being alive|my life|everything|it all|this life)"
        r" (?:is|s|feels|has become|just feels) (?:so |too |way too |far too )?(?:heavy|hard"
        r"|much|painful|exhausting) (?:\w+ )?to (?:carry|bear|take|handle|keep carrying)"
        r"(?: (?:on|it))?(?: <ANYMORE>)?(?=$|[.!?,;:]| (?:and|i)\b)",
    ),
    Rule(
        "gen.cant_imagine_living_on",
        PI,
        "possible",
        r"(?:cant|cannot|can not|couldnt|dont|do not) (?:see|imagine|picture) (?:myself |me )?"
        r"(?:<LIVING>|being alive|surviving|making it|going on|lasting|existing|getting through"
        r"|doing this|feeling like this) (?:another|one more|much longer|for much longer|much"
        r" more|for (?:another|many more)) ?(?:\w+ )?(?:like this|this way|of this|feeling like"
        r" this|in this pain|with this pain)?(?=$|[.!?,;:]| (?:like this|this way|of this|and|i"
        r"|honestly)\b)",
    ),
    Rule(
        "gen.running_out_of_reasons",
        PI,
        "possible",
        r"(?:running out of|ran out of|run out of|out of|very few|fewer and fewer|no more|not many"
        r"|struggling to find|cant find any more|cant find any|losing my|stopped seeing"
        r"|stopped finding|cant see|cannot see|dont see|do not see|no longer see) (?:any |a |the"
        r" )?(?:good )?(?:reasons"
        r"|reason) (?:left )?(?:to|for) (?:live|<LIVING>|stay alive|staying alive|keep going"
        r"|keep <LIVING>|go on|going on|be alive|being alive|be here|being here|stay|staying"
        r"|exist|existing)(?=$|[.!?,;:]| (?:anymore|any more|and|i|honestly|now)\b)",
    ),
    Rule(
        "gen.why_go_on",
        PI,
        "possible",
        r"why (?:should i |do i |would i |even |bother to |keep |should i even |do i even )?"
        r"(?:go on|carry on|keep going|keep trying|keep <LIVING>|continue|keep on|bother"
        r" (?:anymore|any more|trying|going on|<LIVING>|staying(?: alive)?|being (?:here|alive)"
        r"|existing))(?=$|[.!?,;:]| (?:anymore|any more"
        r"|at all|when|if|i|honestly|like this|with (?:life|any of it|this(?=$|[.!?,;:])))\b)",
    ),
    Rule(
        "gen.shouldnt_have_survived",
        PI,
        "possible",
        r"(?:shouldnt|should not|shouldn t|wasnt supposed to|wasnt meant to|was never meant to"
        r"|was not supposed to) (?:have )?(?:survived|lived|made it|woken up|been saved"
        r"|pulled through|come back|been born)(?=$|[.!?,;:]| (?:it|the (?:attempt|overdose)"
        r"|last (?:time|night|year)|and|i|honestly|at all)\b)"
        r"|(?:i was|im|i am|i m) (?:supposed|meant) to (?:die|be dead)",
    ),
    Rule(
        "gen.never_existed",
        PI,
        "possible",
        r"(?:better|happier|easier|best) (?:off )?if (?:i|id|i d|i had) (?:just )?(?:never|not)"
        r" (?:existed|been born|lived|survived)",
    ),
    Rule(
        "gen.no_way_out_but_one",
        PI,
        "possible",
        r"(?:no|not any|any|only one|just one) (?:other )?way (?:out|forward)(?: of (?:this|it"
        r"|here|everything))? (?:except|but|apart from|other than|besides) (?:one|the one"
        r"|the obvious one|that one|the final one)",
    ),
    Rule(
        "gen.dont_want_to_do_life",
        PI,
        "possible",
        r"(?:dont|do not|dnt) (?:want|wanna|wish) to (?:do|keep doing) (?:this|life|this life"
        r"|the life|the living)(?: thing| stuff| shit| business)? <ANYMORE>",
    ),
    Rule(
        "gen.nothing_left",
        PI,
        "possible",
        r"(?:theres|there is|there s|ive got|i ve got|i have|ive|i got) nothing (?:left|more)"
        r"(?: for me| to give| to live for| in me)?(?=$|[.!?,;:]| (?:anymore|any more|and|i|now"
        r"|honestly)\b)",
    ),
    Rule(
        "gen.forget_i_existed",
        PI,
        "possible",
        r"(?:want|wish|hope|wishing|hoping|need)(?: for)? (?:everyone|everybody|the world|people"
        r"|them|you all|my family) (?:to|would|could|will)(?: just)? forget (?:that )?(?:i|me)"
        r"(?: (?:ever )?(?:existed|was born|was here|lived|ever existed))?(?=$|[.!?,;:]| (?:and"
        r"|i)\b)",
    ),
    Rule(
        "gen.wouldnt_mind_being_hit",
        PI,
        "possible",
        r"(?:wouldnt|would not|wouldn t|dont|do not|wont) (?:really )?(?:mind|care|be upset|be"
        r" sad|complain) if (?:a|the|some|something|someone|somebody) ?(?:\w+ )?(?:hit|hits"
        r"|killed|kills|took|takes|ran over|runs over|crashed into|happened to|happens to) me",
    ),
    Rule(
        "gen.live_or_die",
        PI,
        "possible",
        r"(?:care|caring|cares|matter|matters|difference|bothered|fussed|mind)(?: \w+)?"
        r" (?:if|whether) i (?:live or die|lived or died|wake up or not|make it or not|survive or"
        r" not|die or not)",
    ),
    Rule(
        "gen.dont_belong_anymore",
        PI,
        "possible",
        r"(?:<DONT>|no longer|never) (?:really |even )?belong (?:here|anywhere|in this world|on"
        r" this earth|among the living|with the living) <ANYMORE>",
    ),
    Rule(
        "gen.decision_to_die",
        SI,
        "high",
        r"(?:my|the|this|a|our) (?:final )?decision to (?:die|end (?:it|it all|my life|things)"
        r"|kill myself|take my (?:own )?life|leave this world|not be here)",
    ),
    Rule(
        "gen.tired_of_existing_in",
        PI,
        "possible",
        r"(?:tired|sick|exhausted|weary|done) (?:of|with) (?:existing|being alive|<LIVING>|being)"
        r" in (?:this|my) (?:body|skin|head|mind|world)",
    ),
    Rule(
        "gen.wonder_what_dying_is_like",
        PI,
        "possible",
        r"(?:wonder|wondering|wondered|curious|think about|thinking about|imagine|imagining)"
        r" (?:about )?(?:what|how) (?:dying|death|being dead|it feels to die|it would feel to die"
        r"|it would be like to die|it is like to die|its like to die) (?:feels|is|would feel"
        r"|would be|is like|feels like|would be like)",
    ),
    Rule(
        "gen.want_to_stop_bare",
        PI,
        "possible",
        r"(?:<DESIRE>|wanna|just want) to (?:just )?stop(?: (?:everything|it all|existing|being"
        r"|breathing|feeling))?(?=$|[.!?])",
    ),
    Rule(
        "gen.soon_i_wont_be",
        PI,
        "possible",
        r"(?:soon|one day soon|before long|after tonight) (?:i|ill) (?:wont|will not|won t) be"
        r"(?: (?:here|around|a problem|a burden|anyones problem|in the way))?(?=$|[.!?])",
    ),
    Rule(
        "gen.if_gone_nobody",
        PI,
        "possible",
        r"if (?:im|i m|i am|i was|i were|i) (?:just )?(?:gone|dead|not here|not around|died"
        r"|disappeared|slipped away)(?: \w+)?,? (?:<NOONE>|would anyone|would they|who would"
        r"|would people|everyone would|no one would|people would)(?: \w+){0,2} (?:notice|care"
        r"|miss me|know|cry|mind|bat an eye|move on)",
    ),
    Rule(
        "gen.not_come_home",
        PI,
        "possible",
        r"(?:could|might|should|will|ill|going to|gonna|want to|wanna) (?:just )?(?:not|never)"
        r" (?:come|go|get) (?:home|back)(?=$|[.!?,;:]| (?:one day|ever|again|this time|and"
        r" (?:nobody|no one)|for good)\b)",
    ),
    Rule(
        "gen.disappear_unfound",
        PI,
        "possible",
        r"(?:going to|gonna|will|ill|about to|planning to|plan to|want to|wanna) (?:just )?"
        r"(?:disappear|vanish|go away|walk away)(?: and (?:nobody|no one|noone|they) (?:will|would"
        r"|ll|wont|won t) (?:ever )?(?:find|notice|miss|see)| forever| for good| without a"
        r" trace| and never come back)",
    ),
    Rule(
        "gen.easy_it_would_be",
        PI,
        "possible",
        r"(?:how|so) easy it (?:would|d|could|might) be to (?:just )?(?:jump|end it|die|do it"
        r"|let go|fall|step off|step in front|swerve|crash|drown|take them all|take all|disappear"
        r"|not wake up|go under|turn the wheel|overdose|cut too deep)",
    ),
    Rule(
        "gen.stop_trying_to_live",
        PI,
        "possible",
        r"(?:stop|stopped|stopping|give up|gave up|giving up|quit|quitting|done|finished) trying"
        r" to (?:live|stay alive|survive|keep going|exist|keep living|get better|be okay|be ok)"
        r"(?=$|[.!?,;:]| (?:anymore|any more|and|i|now|honestly)\b)",
    ),
    Rule(
        "gen.done_fighting",
        PI,
        "possible",
        r"(?:<IM>|i feel like (?:im|i m|i am)|i think (?:im|i m|i am)) (?:so |just )?done"
        r" (?:fighting|trying|struggling)(?=$|[.!?,;:]| (?:and|i|for|now|anymore)\b)"
        r"|(?:<DONT>|no longer) (?:want|wanna) to (?:fight|keep fighting|try|keep trying|struggle"
        r"|survive) <ANYMORE>(?=$|[.!?])",
    ),
    Rule(
        "gen.illness_wins",
        PI,
        "possible",
        r"(?:hope|hoping|wish|pray|praying)(?: that)? (?:the|my|this) (?:illness|cancer|disease"
        r"|virus|tumou?r|infection|condition|heart|depression) (?:wins|takes me|kills me|gets me"
        r"|finishes me off|finishes me|gets worse and takes me)"
        r"|(?:hope|hoping|wish|pray|praying)(?: that)? (?:the|a|my) (?:plane|car|bus|train|boat"
        r"|ferry) (?:crashes|crash|goes down|sinks|derails)(?: with me (?:on|in) it)?",
    ),
    Rule(
        "gen.existing_hurts",
        PI,
        "possible",
        r"(?:existing|<LIVING>|being alive|being me|life|being here) (?:hurts|is painful|is agony"
        r"|is torture) (?:too much|so much|so bad|way too much)(?=$|[.!?,;:]| (?:and|i)\b)"
        r"|<CANTS> (?:cope|deal) with (?:life|<LIVING>|being alive|existing|everything)(?=$"
        r"|[.!?,;:]| (?:and|i|anymore|any more)\b)",
    ),
    Rule(
        "gen.waste_of_space",
        PI,
        "possible",
        r"(?:<IM>|i feel like (?:im|i m|i am)|im just|i m just|i am just) (?:such )?(?:a|an)"
        r" (?:complete |total |absolute |utter |fucking )?waste of (?:space|oxygen|air|skin|life"
        r"|a life|a person|breath)",
    ),
    Rule(
        "gen.one_reason_not_to",
        PI,
        "possible",
        r"(?:one|a|any|single) (?:good )?reason (?:not to|to not|why i shouldnt|why i should not"
        r"|i shouldnt) (?:end it|die|kill myself|jump|do it|end my life|give up)",
    ),
    Rule(
        "gen.wont_matter_soon",
        PI,
        "possible",
        r"(?:soon|after tonight|before long|tomorrow) (?:it|nothing|none of this|none of it|this)"
        r" (?:wont|will not|won t|will|isnt going to) (?:matter|hurt|be a problem)(?: <ANYMORE>)?"
        r"(?=$|[.!?])",
    ),
    Rule(
        "gen.urge_to_jump",
        PI,
        "possible",
        r"(?:urge|urges|impulse|impulses|temptation|pull) to (?:jump|step off|throw myself|lean"
        r" forward|fall|step in front|let go)(?=$|[.!?,;:]| (?:when|off|in front|from|again|and"
        r"|onto)\b)",
    ),
    Rule(
        "gen.nearly_did_the_act",
        SI,
        "high",
        r"(?:nearly|almost|came close to|so close to|this close to) (?:jumped|jumping|jump"
        r"|stepped off|stepping off|let go|letting go|took them|taking them|overdosed|cut"
        r"|swallowed them)(?=$|[.!?,;:]| (?:tonight|last night|today|yesterday|again|in front"
        r"|off (?:the |a |my )?(?:\w+ )?<HEIGHT>)\b)",
    ),
    Rule(
        "gen.end_for_me",
        PI,
        "possible",
        r"this is (?:the end|it) for me(?=$|[.?])|(?:its|it s|this is) (?:the )?end of the"
        r" (?:road|line) for me(?=$|[.?])",
    ),
    Rule(
        "gen.counting_days_to_leave",
        PI,
        "possible",
        r"(?:counting (?:down )?(?:the )?days|cant wait|waiting|living for the day)"
        r" (?:until|till|til|for) (?:i can |the day i |when i can )?(?:leave|go|be gone|be free"
        r"|end it|die|stop)(?: (?:for good|forever|this world|this life))(?=$|[.!?,;:]| (?:and"
        r"|i)\b)",
    ),
)

_ACTS: tuple[Rule, ...] = (
    Rule(
        "gen.half_done_act",
        SI,
        "possible",
        r"(?:almost|nearly|came (?:so |this |very )?close to|was about to|so close to|this close"
        r" to) (?:did|do|doing|done|going through with|went through with|go through with) it"
        + _NOW
        + r"|(?:the|tonight|today|tomorrow)(?: (?:night|day|weekend|time))?(?: \w+){0,2} i"
        r" (?:finally |actually |really )?(?:do it|go through with it)(?: for (?:real|good))?"
        + _THEN_STOPS
        + r"|(?:finally|actually) (?:do|doing|going to do|gonna do) it (?:for real|tonight|this"
        r" time)" + _THEN_STOPS,
    ),
    Rule(
        "gen.attempted_again",
        SI,
        "high",
        r"(?:i|ive|i have|i ve|i had|and) (?:just )?(?:attempted|made (?:an|another) attempt)"
        r"(?=$|[.!?,;:]| (?:again|last|tonight|yesterday|and|but|i|this|twice)\b)"
        r"|(?:survived|after|since) (?:another|my|the|an) attempt(?=$|[.!?,;:]| (?:and|i"
        r"|last|wish|but)\b)",
    ),
    Rule(
        "gen.prior_attempt_failed",
        SI,
        "possible",
        r"(?:my|the) (?:last|previous|first|second|third|other) (?:attempt|try)(?: \w+)? (?:didnt"
        r" work|failed|wasnt enough|did not work|was not enough)|make sure it works this time"
        r"|this time i (?:wont|will not|m not going to) (?:fail|mess it up)",
        needs_context=True,
    ),
    Rule(
        "gen.planned_how",
        PI,
        "possible",
        r"(?:planned|planning|plan|worked out|working out|figured out|decided|picked|chose"
        r"|chosen|rehearsed|rehearsing|practised|practiced|imagined|imagining|pictured|picturing)"
        r" (?:out )?(?:exactly )?how (?:to|i would|id|i d|ill|i will|i could|im going to|i m"
        r" going to|i am going to|im gonna) (?:do it|end it|go through with it|die|kill myself)"
        r"(?=$|[.!?,;:]| (?:and|i|tonight|soon|when|again)\b)",
    ),
)

_FAREWELLS: tuple[Rule, ...] = (
    Rule(
        "gen.letters_in_case",
        FW,
        "possible",
        r"(?:wrote|written|writing|write|left|leaving|leave|prepared|preparing|recorded"
        r"|recording) (?:\w+ ){0,4}?(?:letters?|notes?|messages?|videos?)(?: (?:to|for)"
        r" (?:\w+ ){0,3}?(?:everyone|everybody|them|family|kids|children|parents|friends|mum"
        r"|mom|dad|partner|wife|husband|people i love))?(?: \w+){0,2}? (?:just )?in case"
        r"(?=$|[.!?,;:]| (?:i (?:dont|do not|never|wont|die|go|do it|am gone|m gone|cant)"
        r"|something (?:happens|happened) to me|anything (?:happens|happened) to me"
        r"|i m not|im not (?:here|around))\b)",
    ),
    Rule(
        "gen.goodbyes_said",
        FW,
        "possible",
        r"(?:ive|i have|i ve|i|already) (?:already )?said (?:all )?my goodbyes(?=$|[.!?]"
        r"| (?:now|already|and (?:im|i m|i am) ready|to everyone)\b)",
    ),
    Rule(
        "gen.blame_for_what_ill_do",
        FW,
        "high",
        r"(?:(?:please )?(?:dont|do not|never) )?(?:blame|forgive|sorry|understand|hate me"
        r"|be angry|be mad|judge me)(?: \w+){0,3}"
        r" (?:for|about) what (?:im|i am|i m|i) (?:about to|going to|gonna|will|ll|have to"
        r"|must|need to|planning to|decided to) do(?=$|[.!?,;:]| (?:and|i|tonight|please)\b)",
    ),
    Rule(
        "gen.sorry_it_ends_like_this",
        FW,
        "possible",
        r"sorry (?:that )?(?:it|this|things|everything) (?:has|had|have|must|s got|has got) to"
        r" end (?:like this|this way)",
        needs_context=True,
    ),
    Rule(
        "gen.found_too_late",
        FW,
        "high",
        r"(?:nobody|no one|noone|they|anyone|no body)(?: will| ll| would| wont| won t| will not"
        r"| wouldnt| would not| is going to| isnt going to)? (?:ever )?(?:find|reach|get to|save)"
        r" me (?:in time|until (?:its|it s) too late|before (?:its|it s) too late|until (?:the"
        r" )?morning|for days|until (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
        r"|next week|the weekend|after|its over))" + _THEN_STOPS,
    ),
    Rule(
        "gen.bare_goodbye",
        FW,
        "possible",
        r"(?:goodbye|good bye|bye|farewell) (?:everyone|everybody|all|world|yall|you all)"
        r"(?=$|[.!?,;:])|(?:just )?(?:wanted|want|needed) to say goodbye(?=$|[.!?,;:]| (?:to"
        r" (?:everyone|you all|all of you|you)|and)\b)|<WONT> be (?:here|around) tomorrow"
        r"(?=$|[.!?,;:])",
        needs_context=True,
    ),
    Rule(
        "gen.last_thing_ever",
        FW,
        "possible",
        r"(?:the |my )?(?:last|final) (?:thing|words?|message|post|entry|note|letter) (?:i|ill"
        r"|i ll|i will|youll|you will|anyone will|you ll)? ?ever (?:write|say|post|send|hear|read"
        r"|get)(?: from me)?",
    ),
    Rule(
        "gen.tell_them_sorry",
        FW,
        "possible",
        r"(?:please )?tell (?:my \w+|mum|mom|dad|them|everyone|everybody|my family|her|him)"
        r" (?:that )?(?:im|i m|i am) sorry(?: for everything)?(?=$|[.!?]| and (?:that )?(?:its|it s"
        r"|it is|it was|i love)\b)",
    ),
    Rule(
        "gen.goodbye_sorry",
        FW,
        "possible",
        r"(?:goodbye|good bye|bye|farewell)[ .,!]+(?:im |i m |i am )?(?:so )?sorry(?: for"
        r" everything)?(?=$|[.!?])",
    ),
    Rule(
        "gen.last_message",
        FW,
        "possible",
        r"(?:my |the |this is my |this is the )?(?:last|final) (?:message|post|words|note|entry"
        r"|text) (?:from me|youll ever get|you will ever get|ever|ill ever (?:write|send|post))"
        r"(?=$|[.!?,;:])",
    ),
    Rule(
        "gen.soon_no_worry",
        FW,
        "possible",
        r"(?:soon|very soon|after tonight|after this|before long|shortly|one day soon),?"
        r" (?:you|they|everyone|everybody|nobody|no one|my family|you all|people)(?:ll| will"
        r"| wont| won t| will not| will never| ll never| can| wont ever)? (?:have to |need to )?"
        r"(?:not |never )?(?:have to |need to )?(?:worry about|deal with|put up with|be bothered"
        r" by|look after|take care of|see|hear from) me(?: (?:again|anymore|any more|ever"
        r" again))?" + _THEN_STOPS,
    ),
)

_PREPARATION: tuple[Rule, ...] = (
    Rule(
        "gen.affairs_in_order",
        PM,
        "possible",
        r"my affairs (?:are|re|were) (?:all )?(?:in order|sorted|settled|arranged|taken care of)"
        r"|(?:putting|put|got|getting|get|have|had|sorting|sorted) (?:all )?my affairs"
        r" (?:in order|sorted|straight)",
    ),
    Rule(
        "gen.height_research",
        PM,
        "possible",
        r"(?:checked|check|checking|looked up|look up|looking up|googled|googling|searched"
        r"|measured|measuring|worked out|figured out|found out|researched|researching"
        r"|wondering|wonder|know exactly) (?:how (?:high|tall|far down|far the drop)|the height"
        r" of|the drop (?:from|off)) (?:is |would be )?(?:the|a|that|this|my|our) (?:\w+ )?"
        r"(?:bridge|car park|multi storey|roof|rooftop|cliff|cliffs|balcony|building|overpass"
        r"|viaduct|tower block)(?! (?:is |was |would be )?(?:for (?:the|my|a|our) (?:van|truck"
        r"|lorry|bus|caravan|project|class|homework|essay)|so (?:the|our|my|a) (?:van|truck|lorry"
        r"|bus|caravan|car|boat)|clearance|because|for work))",
    ),
    Rule(
        "gen.height_to_die",
        PM,
        "high",
        r"how (?:high|tall|far) (?:does|do|would|should|must|is|has|needs?) (?:a |the |that )?"
        r"(?:\w+ )?(?:<HEIGHT>|fall|drop)(?: \w+){0,3}? to (?:die|kill (?:you|someone|a person"
        r"|me)|be fatal|be lethal|not survive|make sure)",
    ),
    Rule(
        "gen.which_and_how_many",
        PM,
        "high",
        r"(?:worked out|figured out|know|decided|chose|chosen|picked|calculated|counted out"
        r"|researched|looked up) (?:exactly )?(?:which|what) (?:<PILLS>|pills|tablets|meds"
        r"|medication)(?: \w+){0,2}? (?:and|&)(?: i know| ive worked out| i ve worked out| i worked"
        r" out)? how (?:many|much)",
    ),
    Rule(
        "gen.lethality_question",
        PM,
        "high",
        r"how (?:much|many)(?: of)? (?:my |the |these |those |your )?(?:\w+ )?(?:<PILLS>|them"
        r"|these)(?: \w+){0,2}? (?:is|are|would be|s) (?:fatal|lethal|deadly|an overdose|too"
        r" much to survive|enough to (?:die|kill|od|overdose))"
        r"|how (?:much|many)(?: of)? (?:my |the |these |those )?(?:\w+ )?(?:<PILLS>|them|these)"
        r"(?: \w+){0,2}? (?:it would take|it takes|would it take|does it take|would do it|would"
        r" kill|it would need)(?=$|[.!?,;:]| (?:to (?:die|kill|end|not wake)|and|i)\b)",
    ),
    Rule(
        "gen.research_way_to_go",
        PM,
        "high",
        r"(?:research|researching|researched|looking up|looked up|googling|googled|searching"
        r"|searched|reading about|read about|looking for|looked for|finding|found) (?:for )?(?:the"
        r" )?(?:easiest|quickest|best|least painful|most painless|painless|surest|fastest|most"
        r" peaceful|simplest|cleanest) (?:way|ways|method|methods) (?:to|of) (?:go|going|do it"
        r"|doing it|check out|leave|leaving|end it|ending it|not wake up)(?=$|[.!?,;:])",
    ),
    Rule(
        "gen.looked_up_how_many",
        PM,
        "high",
        r"(?:looked up|look up|looking up|googled|googling|searched|searching|researched"
        r"|researching|checked|checking|read up on|asked) (?:online )?how (?:many|much)(?: of)?"
        r" (?:my |the |those |these )?(?:\w+ )?<PILLS>(?! (?:(?:should|can|could|do) (?:i|you"
        r"|we|he|she|they|kids|children|adults) (?:take|have|give)|to take for|(?:is|are) safe"
        r"|a day|per day|each day|for (?:a|my|the|kids|children|adults|headaches?|pain"
        r"|migraines?|colds?|flu)|(?:is|are) (?:ok|okay|recommended|allowed)))",
    ),
    Rule(
        "gen.take_all_then_outcome",
        PM,
        "high",
        r"(?:take|took|taking|swallow|swallowed|down|downed|ate) (?:all|every (?:one|single one"
        r"|last one)|the whole (?:lot|bottle|box|pack|packet)) (?:of )?(?:these|them|those|my"
        r" \w+|the \w+|it)?(?: \w+){0,3}?,? (?:and )?(?:(?:i|it|everything)(?: would| will"
        r"| could| might|d|ll| wouldnt| wont| would never| would not| will not| will never)?"
        r"(?: just| finally| all)? (?:not wake up|never wake up|wake up|die|be over(?=$|[.!?,;:]"
        r"| (?:and|for good|forever|i)\b)|be dead|be gone|end|stop hurting)|id (?:die|be dead"
        r"|be gone|never wake up|not wake up))"
        r"|(?:take|took|taking|swallow|swallowed|down|downed|ate) (?:all|every (?:one|single one"
        r"|last one)|the whole (?:lot|bottle|box|pack|packet)) (?:of )?(?:the |my |these |those )?"
        r"<PILLS>(?: \w+){0,4}? (?:nobody|no one|noone) (?:would|will|d|ll) (?:even )?(?:notice"
        r"|find me|know|care)"
        r"|(?:take|took|taking|swallow|swallowed|swallowing|down|downed) every (?:single )?"
        r"(?:pill|tablet|<PILLS>)(?: \w+){0,2}? (?:in the house|i have|i own|i can find|in the"
        r" (?:cabinet|cupboard|drawer|flat)|left|i could find|i had)",
    ),
    Rule(
        "gen.hidden_so_i_can_take",
        PM,
        "high",
        r"so (?:that )?i (?:can|could|will|ll|would|d) (?:take|swallow|down|use) (?:them all"
        r"|all of them|the lot|them at once|all at once|them all at once|them together"
        r"|everything at once)",
    ),
    Rule(
        "gen.means_ready",
        PM,
        "possible",
        r"(?:all |the |my |enough |a bottle of |a box of )?(?:<PILLS>|rope|noose|razor blades?"
        r"|blades?|razors?|gun|charcoal) (?:are |is |all )?(?:ready|lined up|laid out|set out"
        r"|counted out|waiting)(?=$|[.!?,;:]| (?:and|for (?:tonight|later|when|it)|now|i)\b)",
    ),
    Rule(
        "gen.place_to_do_it",
        PM,
        "high",
        r"(?:the |a )?(?:place|spot|time|day|date|way|method|bridge|building|tree|night)"
        r" (?:where|when|how|that|on which) i(?:m| am| m| will|ll| ll)? (?:going to |gonna |will"
        r" |ll |am going to |want to |plan to )?(?:do it|end it|die|kill myself|jump|go through"
        r" with it|end my life)" + _THEN_STOPS,
    ),
    Rule(
        "gen.everything_i_need",
        PM,
        "high",
        r"(?:got|have|bought|gathered|collected|ordered|found|ive got|i ve got) (?:everything"
        r"|all|what) i (?:need|needed) (?:to (?:end it|die|kill myself|go through with it|end"
        r" things|end my life)|for (?:my|the) (?:death|suicide|overdose))",
    ),
    Rule(
        "gen.everything_i_need_vague",
        PM,
        "possible",
        r"(?:got|have|bought|gathered|collected|ordered|ive got|i ve got) (?:everything|all"
        r"|what) i (?:need|needed)(?: to do it| for it)?(?=$|[.?])"
        r"|(?:ive|i have|i ve|i) (?:planned|sorted|arranged|organised|organized) (?:it all"
        r"|everything)(?=$|[.!?,;:]| (?:now|already|out)\b)"
        r"|(?:its|it s|it is) happening (?:tonight|this weekend|tomorrow|soon|on \w+day)"
        r"(?=$|[.!?,;:])",
        needs_context=True,
    ),
    Rule(
        "gen.my_plan_is",
        PM,
        "high",
        r"(?:my|the) plan is (?:to )?(?:just )?(?:take (?:all|all of|all my|all the|every|the whole"
        r"|an overdose|the lot)|overdose|od|jump|hang myself|end it|end my life|kill myself|die"
        r"|drive off|walk into|slit|drown myself)"
        r"|(?:my|the) plan is (?:to )?(?:just )?take (?:the|my) <PILLS> (?:tonight|on \w+day|this"
        r" weekend|tomorrow|when|and (?:die|never|not))",
    ),
    Rule(
        "gen.decided_the_night",
        PM,
        "possible",
        r"(?:decided|decide|know|knew|feel like|think|i think) (?:that )?(?:tonight|today"
        r"|tomorrow|this weekend|this week|friday|saturday|sunday|monday)(?: is|s| will be)"
        r" (?:the night|the day|it|the one|the time)(?=$|[.?])",
    ),
    Rule(
        "gen.at_the_edge_now",
        PM,
        "possible",
        r"(?:im|i am|i m) (?:standing |sitting |stood |sat |up )?(?:on|at|by) (?:the|a|my)"
        r" (?:edge|bridge|roof|rooftop|ledge|cliff|cliff edge|tracks|railway|platform edge|edge"
        r" of (?:the|a) (?:\w+))(?: (?:right now|now|again|tonight|waiting|alone))*(?=$|[.?])",
    ),
    Rule(
        "gen.wont_need_them",
        PM,
        "high",
        r"(?:giving|gave|given|give|giving away|gave away|sold|selling|got rid of|getting rid of)"
        r"(?: \w+){1,6}?[ ,]+(?:because |as |since |cause )?(?:i|ill) (?:wont|will not|won t|dont"
        r"|do not|wont be) (?:need|needing) (?:them|it|any of (?:it|them|this)|these|those|my"
        r" \w+)(?: <ANYMORE>| where im going| soon| after)?(?=$|[.!?,;:])",
    ),
    Rule(
        "gen.goodbye_and_gone_dark",
        FW,
        "possible",
        r"(?:texted|messaged|called|rang|phoned|emailed|wrote to|told) (?:my )?\w+ (?:to say )?"
        r"goodbye(?=$|[.!?,;:]| and\b)|(?:turned|switched|turning|switching) (?:my |the )?phone"
        r" off(?=$|[.!?,;:])|(?:turned|switched) off (?:my |the )?phone(?=$|[.!?,;:])",
        needs_context=True,
    ),
    Rule(
        "gen.oven_method",
        PM,
        "high",
        r"(?:put|putting|stick|sticking|stuck) my head in (?:the|a) (?:gas )?oven",
    ),
    Rule(
        "gen.means_kept_close",
        PM,
        "possible",
        r"(?:keep|kept|keeping|hid|hide|hiding|hidden|stashed|stash) (?:a |the |my |some )?(?:rope"
        r"|noose|razor blades?|blades?|gun|knife|pills|tablets) (?:hidden )?(?:in|under|inside|at"
        r"|by) (?:the |my )?(?:\w+ ){0,3}?(?:car|boot|bag|room|drawer|bed|wardrobe|pillow|locker"
        r"|glovebox|glove box|closet|desk|mattress)(?! (?:\w+ ){0,3}?for (?:towing|emergencies"
        r"|camping|the dog|climbing|work|cooking))",
    ),
    Rule(
        "gen.stop_myself_from",
        PI,
        "possible",
        r"(?:stop|stopping|stopped|keep|keeping|kept|stopping) (?:<SELF>|me) (?:from )?"
        r"(?:taking (?:all|too many|the|them|my)|hurting (?:<SELF>|me)|killing (?:<SELF>|me)"
        r"|cutting|jumping|doing (?:it|something)|overdosing|ending (?:it|my life|things))",
    ),
    Rule(
        "gen.look_like_an_accident",
        PM,
        "high",
        r"make (?:it|my death|this) (?:look|seem) like (?:an |a )?(?:accident|natural causes"
        r"|car crash)",
    ),
    Rule(
        "gen.note_in_progress",
        FW,
        "possible",
        r"(?:writing|wrote|written|drafting|drafted|planning|planned|started|finished|rewriting"
        r"|rewrote|rewritten|practising|practicing|rehearsing) (?:\w+ ){0,4}?(?:my|the) (?:last"
        r" |final |goodbye )?note(?=$|[.!?,;:]| in my head\b)",
    ),
    Rule(
        "gen.who_gets_my_things",
        PM,
        "possible",
        r"(?:sorted|sorting|decided|deciding|worked out|chosen|chose|choosing|written down|wrote"
        r" down|figured out|listed|made a list of|planned) who (?:gets|will get|should get|can have"
        r"|gets to have|inherits|will have) (?:all )?my",
    ),
    Rule(
        "gen.which_train_doesnt_stop",
        PM,
        "possible",
        r"which (?:one|train|trains|ones) (?:doesnt|dont|does not|do not|wont|will not|never)"
        r" stop",
    ),
    Rule(
        "gen.extra_pills_on_purpose",
        PM,
        "possible",
        r"(?:taking|took|take|taken|swallowed|swallowing) (?:extra|more|double|a few extra|too many"
        r"|loads of|lots of|way more) (?:of )?(?:my |the )?(?:<PILLS>|doses?|of them)(?: \w+){0,3}?"
        r",? (?:to see what happens|on purpose|deliberately|hoping|so i (?:can|could|dont|wont)"
        r"|and see what happens)"
        r"|(?:doubled|tripled|double|triple|doubling|tripling)(?: up)? (?:on )?(?:my|the) (?:dose"
        r"|doses|meds|medication|pills|tablets|insulin) (?:on purpose|deliberately|to see what"
        r" happens|hoping|last night|tonight)",
    ),
    Rule(
        "gen.let_the_pills_do_it",
        PM,
        "high",
        r"let (?:the|my|those|these) (?:<PILLS>|pills|drugs|water|cold|rope|car|train) do (?:the"
        r" rest|their work|the job|it)",
    ),
    Rule(
        "gen.pills_with_drink",
        PM,
        "high",
        r"(?:had|taken|took|drank|downed|swallowed|drinking|taking)(?: \w+){0,5}? (?:and|with"
        r"|plus|on top of) (?:all|all of|the rest of|a load of|loads of|a handful of|a bunch of"
        r"|every one of) (?:my |the |her |his )?<PILLS>",
    ),
    Rule(
        "gen.taken_something",
        PM,
        "possible",
        r"(?:ive|i have|i ve|i) (?:just )?(?:taken|took|swallowed) (?:something|stuff|a load|loads"
        r"|a lot|a bunch|everything)(?=$|[.!?,;:]| (?:and (?:i|im|now)|i)\b)",
    ),
    Rule(
        "gen.on_the_roof_of",
        PM,
        "possible",
        r"(?:im|i am|i m) (?:standing |sitting |stood |sat |up )?on (?:the )?(?:roof|top|edge|top"
        r" floor) of (?:the|a|my) (?:car park|multi storey|building|tower block|hospital|station"
        r"|bridge|flats|block)(?: (?:right now|now|again|tonight))?(?=$|[.?])",
    ),
    Rule(
        "gen.would_be_so_easy",
        PI,
        "possible",
        r"(?:it|that) (?:would|d) be so easy(?: (?:to|if) (?:just )?\w+)?(?=$|[.?])",
        needs_context=True,
    ),
    Rule(
        "gen.not_your_fault",
        FW,
        "possible",
        r"(?:its|it s|it is|it was|it wasnt|wasnt|this is|this isnt|this wasnt) (?:not )?(?:your"
        r"|his|her|their|anyones|anybodys) fault(?=$|[.!?])|thank(?:s| you) for trying(?: to help"
        r" me| with me)?(?=$|[.!?,;:])|(?:ive|i have|i ve) had enough(?=$|[.!?,;:])|(?:tonights"
        r"|tonight s|tonight is|todays|today is) it(?=$|[.!?])|waiting (?:for|until|till)"
        r" (?:everyone|everybody|them|my (?:family|parents|partner|flatmates)) (?:to )?(?:fall"
        r" asleep|go to sleep|go to bed|be asleep|leave|go out)",
        needs_context=True,
    ),
    Rule(
        "gen.or_ever_again",
        FW,
        "possible",
        r"<WONT> be (?:at|in|around|here|there|back)(?: \w+){0,3}? (?:tomorrow|tonight|next week"
        r"|today|again) or ever again(?=$|[.!?,;:])",
    ),
    Rule(
        "gen.knife_against_skin",
        SH,
        "high",
        r"(?:knife|blade|razor|gun|pistol|barrel|scissors) (?:pressed |held |resting )?(?:to"
        r"|against|at|on|into) my (?:own )?(?:head|temple|throat|wrists?|chest|heart|neck|arms?"
        r"|skin|thighs?)",
    ),
    Rule(
        "gen.swallowed_the_cabinet",
        PM,
        "high",
        r"(?:swallowed|took|taken|downed|ate|drank|emptied) (?:everything|all|the lot|whatever i"
        r" could find|whatever was) (?:in|from|out of) (?:the|my|our|mums|moms|dads) (?:medicine"
        r" cabinet|medicine cupboard|cabinet|cupboard|bathroom cabinet|first aid kit|drawer)",
    ),
    Rule(
        "gen.counted_pills",
        PM,
        "possible",
        r"(?:counted|counting|count|recounted|recounting) (?:out )?(?:all )?(?:my|the|all the)"
        r" (?:sleeping )?<PILLS>(?= again| tonight| last night|$|[.?])",
    ),
    Rule(
        "gen.tested_rope",
        PM,
        "possible",
        r"(?:tested|testing|test|checked|checking) (?:the|my|a) (?:rope|noose|belt|cord|knot"
        r"|ligature|beam|hook)(?=$|[.?]| (?:again|tonight|and)\b)",
    ),
    Rule(
        "gen.more_than_i_should",
        PM,
        "possible",
        r"(?:took|take|taken|taking|swallowed) more (?:of )?(?:my |the )?(?:sleeping )?<PILLS>"
        r" than i (?:should|was supposed to|am supposed to|should have|was meant to|m meant to)",
    ),
    Rule(
        "gen.more_than_i_should_on_purpose",
        PM,
        "high",
        r"(?:took|take|taken|taking|swallowed) more (?:of )?(?:my |the )?(?:sleeping )?<PILLS>"
        r" than i (?:should|was supposed to|should have)(?: \w+)?,? (?:on purpose|deliberately"
        r"|intentionally)",
    ),
    Rule(
        "gen.suicidal_thoughts_back",
        SI,
        "high",
        r"<SUICIDAL> (?:thoughts?|feelings?|urges?|ideation|impulses?)(?: (?:are|have|has|keep"
        r"|kept|came|come|is))? (?:back|again|returned|coming back|getting (?:worse|stronger)"
        r"|wont (?:go away|stop|leave))"
        r"|<SUICIDE> (?:thoughts?|urges?) (?:again|are back|back|tonight|every day)"
        r"|<SUICIDE> (?:is|has been|keeps|s) (?:always )?(?:on my mind|in my head|all i think"
        r" about)|(?:going to|gonna|im going to|i m going to) (?:sucide|suicide|suicde|suiside)"
        r"(?=$|[.!?,;:]| (?:tonight|today|soon|and)\b)",
    ),
    Rule(
        "gen.research_overdoses",
        PM,
        "high",
        r"(?:research|researching|researched|reading about|read about|looking up|looked up"
        r"|googling|googled|searching|searched) (?:about )?(?:overdoses|overdosing|how overdoses"
        r" work|<SUICIDE> methods|ways to overdose)",
    ),
    Rule(
        "gen.wrists_a_mess",
        SH,
        "high",
        r"my (?:wrists?|arms?|thighs?|legs?|skin) (?:are|is|were|was|re|s) (?:a mess|cut up|torn"
        r" up|shredded|covered in blood|all cut)(?=$|[.!?,;:]| (?:from|again|after|and)\b)",
    ),
    Rule(
        "gen.gun_loaded",
        PM,
        "possible",
        r"(?:the|my|dads|his|her) (?:gun|pistol|rifle|shotgun|revolver) is (?:loaded|ready|in my"
        r" hand|on my (?:lap|bed|desk))(?=$|[.!?])",
    ),
    Rule(
        "gen.key_to_means",
        PM,
        "possible",
        r"(?:took|got|have|found|stole|grabbed|taken) the (?:key|keys) (?:to|for) the (?:medicine"
        r" cabinet|gun cabinet|gun safe|drug cupboard|medicine cupboard|drugs cabinet)",
    ),
    Rule(
        "gen.not_replying_after",
        FW,
        "possible",
        r"<WONT> be (?:replying|answering|responding|posting|around|online|texting|writing"
        r"|reachable)(?: <ANYMORE>)? after (?:tonight|today|this)(?=$|[.?])",
    ),
    Rule(
        "gen.in_order_before_i_go",
        FW,
        "possible",
        r"(?:in order|sorted|taken care of|tidy|arranged|ready|settled) before i (?:go|leave|die"
        r"|do it|end it|am gone|m gone)(?=$|[.!?])",
    ),
    Rule(
        "gen.lean_over_edge",
        PM,
        "possible",
        r"(?:leaned|leaning|leant|hung|hanging|climbed|climbing) over (?:the|a|my) (?:balcony"
        r"|railing|railings|edge|ledge|bridge|parapet)(?: \w+){0,4}? (?:and )?(?:thought|think"
        r"|thinking|wondered|wanted|imagined|pictured|felt)",
    ),
    Rule(
        "gen.quiet_preparations",
        FW,
        "possible",
        r"(?:its|it s|it was|it wasnt|wasnt) been (?:nice|good|great|lovely) knowing (?:you|you"
        r" all|everyone|yall)|(?:it was|its been|it s been|was) (?:nice|good|great|lovely)"
        r" knowing (?:you|you all|everyone|yall)(?=$|[.!?])|(?:everythings|everything is"
        r"|everything s|its all|it s all) (?:arranged|sorted|planned|ready|set) for \w+"
        r"|then (?:its|it s|it is|itll be|it ll be|everything is|everythings) (?:over|done"
        r"|finished)(?=$|[.!?])|(?:updated|checked|sorted|renewed|looked at|reading) my life"
        r" insurance|(?:written|wrote|left|leaving|writing) (?:a|the) note(?=$|[.!?])|(?:im|i am"
        r"|i m) (?:so )?done(?=$|[.!?])|(?:im|i am|i m) ready(?=$|[.!?])|(?:cancelled|canceled"
        r"|cancelling|cancel) (?:all )?my (?:subscriptions|plans|appointments|contracts)",
        needs_context=True,
    ),
    Rule(
        "gen.hidden_spot",
        PM,
        "possible",
        r"(?:found|picked|chosen|chose|know|scouted) (?:a |the )?(?:spot|place|clearing)"
        r"(?: \w+){0,4}? where (?:no one|nobody|noone|no body) (?:will|would|could|can|ll) (?:ever"
        r" )?find me",
        needs_context=True,
    ),
    Rule(
        "gen.dwelling_on_place",
        PI,
        "possible",
        r"(?:keep|kept|cant stop|can t stop|couldnt stop|been|always|constantly|obsessively"
        r"|cannot stop) (?:thinking|dreaming|fantasi[sz]ing|obsessing|daydreaming) (?:about|of)"
        r" (?:the|that|a|my)(?: \w+s)? (?:\w+ )?" + _PLACES + r"(?! (?:project|design|model"
        r"|game|club|tournament|scene|we (?:saw|visited|crossed)|in (?:paris|london|new york|venice"
        r"|the film|the book)|trip|holiday|photos?|pictures?))"
        r"|(?:thinking|thought|dreaming|obsessing|fixated) (?:about|of|on) (?:my |the |a |that )"
        r"(?:\w+s )?(?:gun|pistol|rifle|shotgun|rope|noose|pills|tablets|razor|blades)"
        r"(?: (?:a lot|all the time|constantly|again|lately|every day|every night|more and more))"
        r"(?! (?:collection|licen[cs]e|safety|range|course|club))",
        mention=True,
    ),
    Rule(
        "gen.walk_off_height",
        PM,
        "high",
        r"(?:walk|walking|walked|run|running|ran|roll|rolling|step|stepping|stepped) (?:right )?"
        r"(?:off|over) (?:the edge of )?(?:a |the |that |this |my |our )?(?:high |tall |nearest"
        r" |local )?(?:bridge|building|roof|rooftop|cliff|cliffs|balcony|ledge|overpass|car park"
        r" roof|multi storey)(?! (?:and (?:into|onto|down|across)|onto|into (?:the|a) (?:car"
        r"|street|road|town|path)|towards))",
    ),
    Rule(
        "gen.walk_into_water",
        PM,
        "high",
        r"(?:going to|gonna|want to|wanna|thinking (?:about|of)|thought about|will|ill|plan to"
        r"|planning to|tempted to|could just|should just|might)(?: \w+){0,6}? (?:and )?(?:walk"
        r"|wade) (?:out )?(?:into|out into) (?:the )?(?:sea|ocean|river|lake|waves|canal|loch)"
        r"(?=$|[.?]| (?:and (?:not|never|keep|disappear|let)|until|tonight|alone|at night|in the"
        r" dark|for good|forever)\b)",
    ),
    Rule(
        "gen.garage_engine",
        PM,
        "high",
        r"(?:in|inside) (?:the|my) (?:closed |shut |locked )?garage(?: \w+){0,4}? (?:with )?"
        r"(?:the )?(?:engine|motor|car) (?:running|on)(?! (?:to (?:warm|charge|defrost|heat|test"
        r"|check|listen|fix|clear)|while|for (?:a|the) (?:minute|bit|mechanic)))",
    ),
    Rule(
        "gen.wheel_turn",
        PM,
        "possible",
        r"(?:how easy it would be to|thought about|think about|thinking about|tempted to|urge to"
        r"|could just|want to|wanna|wanted to) (?:just )?(?:turn|turning|yank|yanking|jerk"
        r"|jerking|swerve|swerving) the (?:steering )?wheel(?=$|[.!?,;:]| (?:into|and|off"
        r"|towards)\b)",
    ),
)

_BURDEN: tuple[Rule, ...] = (
    Rule(
        "gen.better_off_without_worry",
        PI,
        "possible",
        r"(?:better off|happier|easier|freer|relieved)(?: \w+)? (?:without|not) (?:having to )?"
        r"(?:worry about|deal with|look after|take care of|care for|put up with|support) me",
    ),
    Rule(
        "gen.dead_weight",
        PI,
        "possible",
        r"(?:<IM>|i feel like (?:im|i m|i am)|i feel|im just|i m just) (?:just |only )?(?:a |such"
        r" a )?(?:dead weight|weight|drain|millstone|anchor|liability) (?:on|to|dragging|around"
        r"|for|holding) (?:everyone|everybody|them|my family|people|you all|all of them)"
        r"|(?:<IM>|i feel like (?:im|i m|i am)|i keep) (?:just )?(?:dragging|bringing|weighing"
        r"|holding) (?:everyone|everybody|them|my family|people|you all) (?:down|back)"
        r"|(?:<IM>|i feel like (?:im|i m|i am)|i feel like i am) (?:just )?(?:taking up space"
        r"|wasting (?:space|oxygen|air))(?=$|[.!?,;:]| (?:and|i|in this world|on this earth"
        r"|here)\b)",
    ),
    Rule(
        "gen.only_thing_keeping_me_alive",
        PI,
        "possible",
        r"(?:only|the only (?:thing|reason|person|one|people|things)) (?:that )?(?:\w+ )?"
        r"(?:keeping me alive|keeps me alive|keeping me here|keeps me here|stopping me|stops me"
        r"|holding me here|i(?:m| am| m)? (?:still )?(?:alive|here) (?:is|for))"
        r"(?! (?:is |are )?" + _TREATS + r")"
        r"|(?:<IM>|i stay|i keep) (?:only |just )?(?:still )?(?:alive|here|going) (?:because of"
        r"|for|cause of) (?:my |the )(?!" + _TREATS + r")\w+(?=$|[.!?,;:]| (?:and|i|thats"
        r"|that s|honestly)\b)",
    ),
    Rule(
        "gen.disappointed_to_wake",
        PI,
        "possible",
        r"(?:disappointed|gutted|devastated|sorry|upset|angry|sad|furious) (?:that )?(?:i|im"
        r"|i m|i am) (?:woke up|survived|still (?:here|alive|breathing)|didnt die|lived|made it"
        r" through (?:the night|another night))(?! (?:early|late|at|so|too|before|in time|on"
        r" time|with|feeling|to|in the|from|during|the exam|the test))"
        r"|(?:worst|hate|dread|disappointed|sad|pain|misery)(?: \w+){0,8}? (?:because|cause|cuz"
        r"|that) (?:im|i am|i m) still (?:here|alive|breathing)(?=$|[.!?,;:])",
    ),
    Rule(
        "gen.stop_me",
        PI,
        "possible",
        r"(?:someone|somebody|anyone|please|need (?:someone|somebody|you)) (?:\w+ )?(?:to )?stop"
        r" me (?:before i (?:do (?:something|it|anything)|hurt|kill|end|jump|take|cut|go through)"
        r"|from (?:hurting|killing|ending|doing (?:it|something (?:stupid|drastic))|jumping"
        r"|taking (?:them|the pills|all)|cutting))"
        r"|i need (?:someone|somebody|you) to stop me$",
    ),
)

_SELF_HARM_AND_SAFETY: tuple[Rule, ...] = (
    Rule(
        "gen.cuts_where_unseen",
        SH,
        "possible",
        r"(?:cuts|scars|burns|marks|wounds|bruises)(?: \w+){0,3}? (?:where|so) (?:nobody|no one"
        r"|noone|people|anyone|my (?:parents|mum|mom|dad|family|partner)) (?:can|will|would|cant"
        r"|wont|doesnt|dont|cannot|won t|can t)? ?(?:see|notice|find)",
    ),
    Rule(
        "gen.dont_trust_myself_means",
        PI,
        "high",
        r"(?:dont|do not|cant|cannot|can not|no longer|cant really|dont really) (?:fully )?trust"
        r" (?:<SELF>|me) (?:around|with|near|alone with|to be alone with|to be around)"
        r" (?:the |my |all |any |those |these |a |sharp )?" + _MEANS,
    ),
    Rule(
        "gen.removed_means",
        PI,
        "possible",
        r"so (?:that )?(?:i|id|i d) (?:wouldnt|wont|dont|couldnt|cant|would not|will not"
        r"|could not|do not|cannot) (?:be (?:able|tempted) to )?(?:take (?:them all|all of them"
        r"|the lot|too many|an overdose|all of it)|overdose|od|hurt (?:<SELF>|me)|kill"
        r" (?:<SELF>|me)|use (?:them|it) on (?:<SELF>|me)|do (?:anything|something) (?:stupid"
        r"|silly|drastic|to myself)|jump|act on (?:it|them|the (?:thoughts|urges))|cut"
        r"(?: <SELF>)?(?=$|[.!?,;:]| (?:again|and|i|tonight)\b))",
    ),
    Rule(
        "gen.waste_away",
        PI,
        "possible",
        r"(?:<DESIRE>|wanna|let myself|letting myself|going to|gonna|until i|till i|hope i|just)"
        r" (?:to )?(?:just )?(?:waste away|wither away|rot away|starve to death|fade to nothing"
        r"|starve (?:<SELF>|me) (?:to death|until|till))",
    ),
    Rule(
        "gen.stopped_eating_on_purpose",
        SH,
        "possible",
        r"(?:stopped|stopping|stop|quit|refuse|refusing|refused|not) eating (?:altogether "
        r"|completely |at all )?(?:on purpose|deliberately|intentionally|so (?:i|that i) (?:can"
        r"|could|will|would) (?:die|disappear|waste)|to punish (?:myself|me)|until i (?:die"
        r"|disappear))",
    ),
    Rule(
        "gen.stopped_meds_fatalism",
        PI,
        "possible",
        r"(?:stopped|stopping|stop|quit|quitting|not|refuse to|refusing to|wont|will not|no"
        r" longer) (?:taking )?my (?:\w+ )?(?:meds|medication|medicine|insulin|pills|tablets"
        r"|inhaler)(?: \w+){0,3}?,? (?:on purpose|deliberately|whatever happens|so (?:i|that i)"
        r" (?:can|will|might|could) die|hoping (?:i|it|something)|and (?:hope|see what happens"
        r"|let (?:it|nature|fate))|let (?:it|nature|fate))",
    ),
    Rule(
        "gen.slang_kill_self",
        SI,
        "high",
        r"(?:top|topping|topped|neck|necking|necked) <SELF>(?! (?:up|off|out|with|on))"
        r"|(?:thinking (?:about|of)|going to|gonna|want to|wanna|will|ill|might|could|plan to"
        r"|planning to|tempted to|ready to|should|about to|decided to|gotta) (?:just )?(?:do"
        r"|doing) <SELF> in(?=$|[.!?,;:]| (?:tonight|now|soon|and|i|properly|for good)\b)",
    ),
)

BROAD: tuple[Rule, ...] = (
    _WISHES + _HOPELESSNESS + _ACTS + _FAREWELLS + _PREPARATION + _BURDEN + _SELF_HARM_AND_SAFETY
)
