"""Passive and indirect ideation: wishes to be dead or gone, burden, entrapment, hopelessness."""

from __future__ import annotations

from attune.clinical.safety.lexicon.base import PI, SI, Rule

# ---------------------------------------------------------------------------------------
# Passive and indirect ideation
# ---------------------------------------------------------------------------------------
PASSIVE_IDEATION: tuple[Rule, ...] = (
    Rule(
        "pi.not_be_here",
        PI,
        "possible",
        r"(?:<DONT>|no longer|never|not sure i|dont know if i|dont think i|really dont|just dont"
        r"|not) <ADV>(?:want|wanna|wish|feel like|deserve|need)(?: to)? <ADV>(?:be|stay|exist)"
        r" (?:here|around)(?: <ANYMORE>)?<HOLD_FOLLOW>",
    ),
    Rule(
        "pi.not_on_earth",
        PI,
        "possible",
        r"(?:<DONT>|no longer|never|not sure i|dont know if i|dont think i) <ADV>(?:want|wanna"
        r"|wish|feel like|deserve|need|belong)(?: to)? <ADV>(?:be|stay|exist|live)? ?(?:on this"
        r" earth|in this world|on earth|on this planet|here on earth|among the living)",
    ),
    Rule(
        "pi.better_off_without_me",
        PI,
        "possible",
        r"(?:a )?(?:better|happier|easier|lighter|simpler|less stressful|freer|nicer|brighter"
        r"|safer|kinder)(?: off| of| place| world| for everyone| for them| for all of them)? "
        r"(?:without (?:a \w+ like |someone like |people like |an? \w+ \w+ like )?me"
        r"(?: around| here| in (?:it|their lives|the picture))?|with me gone"
        r"|with me dead|if i (?:was|were) (?:just )?(?:gone|dead|not (?:here|around|alive)"
        r"|never born)|if i (?:wasnt|werent|was not|were not) (?:here|around|alive|born"
        r"|in (?:it|the picture|their lives))|if i (?:just )?(?:disappeared|vanished|died"
        r"|left this world|stopped existing|didnt exist|never existed|had never been born"
        r"|ended it|was never born|went away forever)|(?:when|once|after|if) im (?:gone|dead"
        r"|not around))"
        r"|(?:im|i am|i m|id be|i d be|i would be|i will be|ill be|be) better off (?:gone"
        r"|not here|not around|not existing|not alive|never born|never having been born"
        r"|disappearing)",
    ),
    Rule(
        "pi.world_without_me",
        PI,
        "possible",
        r"(?:the world|everyone|everybody|they|my family|everything|life|my kids|people)"
        r"(?: would| will|d|ll)? (?:be|go on|carry on|move on|keep going|continue|manage)"
        r" (?:just )?(?:fine |better |the same |ok |okay |just fine )?without me"
        r"(?! (?:at|for|on|this|tonight|today|tomorrow|next|while|there|for a))",
    ),
    Rule(
        "pi.disappear",
        PI,
        "possible",
        r"(?:wish|wishing|wished|hope|want|wanted|wanting|wanna|need|needed|would love|id love"
        r"|id like"
        r"|long|longing|if only)(?: to| i could| i would| i| that i could| i was able to"
        r"| i could just)? <ADV>(?:disappear|vanish|cease to exist|stop existing|not exist"
        r"|fade away|evaporate|dissolve|be erased|be gone|be nothing|not be|stop being"
        r"|go away forever|be forgotten)(?: forever| for good| permanently| completely"
        r"| from (?:the face of the earth|this world|existence|everyones lives))?"
        r"(?! (?:for a|for the|for some|for an|for (?:a )?(?:bit|while|week|weekend|day|month"
        r"|few|couple|year|night)|to|into|under|on|off|from|until|till|after|before|with"
        r"|at|in (?:a|the|my) (?:book|crowd|game|bed|blanket)|such|so|sad|tired|alone|afraid"
        r"|scared|bothered|there|late|rude|mean))",
    ),
    Rule(
        "pi.never_born",
        PI,
        "possible",
        r"(?:wish|wished|wishing)(?: that)? (?:i (?:was|were|had|d)|id) (?:never|not) (?:been )?"
        r"(?:born|existed|alive)|(?:wish|wished|wishing)(?: that)? i (?:didnt|did not|never"
        r"|hadnt|wouldnt) (?:exist|existed|been born|be born)|(?:should|shouldve|should ve)"
        r" never (?:have )?been born|(?:shouldnt|should not) (?:have been|ve been|even be) born"
        r"|regret (?:being|ever being) born|i was a mistake(?! to)",
    ),
    Rule(
        "pi.wish_not_wake",
        PI,
        "possible",
        r"(?:wish|wished|wishing|hope|hoped|hoping|pray|prayed|praying|want|wanted|wanting"
        r"|would be (?:nice|easier|better"
        r"|great|ok|fine|a relief))(?: that)? (?:i|id|i d|if i) (?:could |would |might |will )?"
        r"<ADV>(?:dont|do not|didnt|not|just not"
        r"|did not|wouldnt|would not|wont|will not|never|could not|couldnt|wont ever|never ever"
        r"|just dont|just didnt|just wouldnt|could just not) <ADV>(?:wake|woke)(?: up)?"
        r"(?! (?:up )?(?:late|early|the|my|him|her|them|anyone|everyone|anybody|you|us|at"
        r"|before|in time|on time|too|feeling|with|hungover|hung over|sick))",
    ),
    Rule(
        "pi.dont_want_to_wake",
        PI,
        "possible",
        r"(?:<DONT>|never|no longer) <ADV>(?:want|wanna|wish)(?: to)? <ADV>wake up"
        r"(?= again| anymore| any more| ever| tomorrow(?! (?:morning )?(?:at|early|for|before))"
        r"| in the morning(?! (?:at|for|before))|$|[.!?,;]| (?:and|i|but|so|because|nothing"
        r"|ever|to this|to another|alive))",
    ),
    Rule(
        "pi.sleep_never_wake",
        PI,
        "possible",
        r"(?:sleep|asleep|go to sleep|fall asleep|drift off)(?: and| &| n)? (?:just )?"
        r"(?:(?:hopefully"
        r"|maybe|with any luck|if im lucky|if i m lucky|pray i|hope i|praying i) )?(?:never"
        r"|not|dont|do not|wont|will not|not ever|wouldnt) (?:ever )?(?:have to |need to )?(?:wake"
        r"|ever wake|wake up)"
        r"|(?:never|not) (?:to )?(?:have to )?wake up (?:again|ever again)"
        r"|(?:<DESIRE>|wanna)(?: to| i could| i could just| i would)? <ADV>"
        r"(?:sleep|go to sleep|fall asleep) (?:forever|for ever|permanently|for good|eternally"
        r"|and not come back)(?! (?:on|at|in|this|every|today|tomorrow|sundays|weekends"
        r"|when|after|like|lol|haha))",
    ),
    Rule(
        "pi.no_reason_to_live",
        PI,
        "possible",
        r"(?:no|zero|not (?:a|one|any)|nothing|dont have a|dont have any|cant find a"
        r"|cant find any|cant think of a|cant see a|cant see any|lost my|lost all|what|whats my"
        r"|whats the|without a|without any|there isnt a|there is no|theres no|give me a"
        r"|looking for a|need a) (?:single |real |good |more |other )?(?:reason|reasons|point"
        r"|purpose|will|motivation|desire) (?:left )?(?:for me )?(?:to|for|in) (?:live|<LIVING>"
        r"|stay alive"
        r"|staying alive|keep living|keep going|go on|going on|be alive|being alive|exist"
        r"|existing|carry on|carrying on|continue|continuing|wake up|get up|life|live for"
        r"|be here|being here|stay|staying)(?! (?:in|with|at|near|there|here|alone|abroad"
        r"|together|on (?:my|our) own|without|next|by|off|for (?:a|the) (?:week|day|month|year"
        r"|weekend)|through|until|the|a|an|this|that|your|his|her|our|with|to (?:the|a|work"
        r"|school)|home|longer here|at home))",
    ),
    Rule(
        "pi.nothing_to_live_for",
        PI,
        "possible",
        r"(?:nothing|dont have anything|do not have anything|havent got anything|havent anything"
        r"|not got anything|there isnt anything|theres not anything) (?:left )?(?:to|worth)"
        r" (?:live|<LIVING>|stay alive|stay|go on|keep going"
        r"|be alive|get up|wake up|look forward to) for|nothing to live for"
        r"|(?:life|<LIVING>|existence|being alive|my life|this life)(?: is| s| feels| seems)?"
        r" (?:not|no longer|never|hardly|barely|isnt|isn t|doesnt feel|does not feel|dont feel"
        r"|aint|not really|just not|just isnt|is not) ?worth (?:it|<LIVING>|the (?:pain|effort"
        r"|struggle|fight|hassle|trouble))|not worth <LIVING>",
    ),
    Rule(
        "pi.nothing_left_for_me",
        PI,
        "possible",
        r"(?:theres|there is|there s|i have|ive got|i ve got|got) nothing (?:left )?(?:for me )?"
        r"(?:here|in this world|in life|on this earth|to live for|left)(?=$|[.!?,;:]|"
        r" (?:anymore|any more|and|i|now|honestly|nothing)\b)"
        r"|nothing (?:left )?for me (?:here|in this world|in life|on this earth)",
    ),
    Rule(
        "pi.cant_go_on",
        PI,
        "possible",
        r"(?:i |i just |just )?<CANTS> <ADV>(?:go on|keep going|carry on|keep on going|keep "
        r"<LIVING>|keep fighting|go on <LIVING>|keep existing|survive (?:this|another (?:day|night"
        r"|week)"
        r"|the night|tonight|tomorrow|much longer)|face (?:another day|tomorrow|life|<LIVING>"
        r"|the future|the next day"
        r"|one more day|waking up)|keep doing this|keep <LIVING> like this|do life|hold on)"
        r"(?! (?:a|an|the|my|our|this(?! way)|that|with (?:the|my|work|him|her|them|you"
        r"|people|everyone|each other|this project)|holiday|vacation|tour|stage|air|tv"
        r"|trips?|dates?|rides?|about|and on|forever|leave|strike|without (?:coffee|my|a|sleep"
        r"|food)|at|to|for (?:the|a)|in (?:the|this|that|a)|playing|working|running|driving"
        r"|pretending|like that|line|online|instagram|social|facebook|tinder|apps?|twitter"
        r"|calls?|walks?|runs?|outside|today|tonight|tomorrow|right now|till"
        r"|please|a sec|a second|a minute|until (?:the|my|we|i get)))",
    ),
    Rule(
        "pi.cant_take_it",
        PI,
        "possible",
        r"(?:i |i just |just )?<CANTS> <ADV>(?:take|handle|bear|stand|cope with|deal with|do"
        r"|manage|endure|tolerate|live with|face|survive) (?:it|this|life|everything|any of this"
        r"|all of this|this life|the pain|this pain|<LIVING>|existing|being me|being alive"
        r"|myself|feeling like this|it all|much more|the loneliness|this loneliness"
        r"|the emptiness|being alone|the thoughts|my thoughts|my life|this feeling)"
        r" <ADV>(?:<ANYMORE>|a single day longer|one more day|another day|one more minute"
        r"|another minute)",
    ),
    Rule(
        "pi.cant_bear_to_live",
        PI,
        "possible",
        r"<CANTS> <ADV>(?:bear|stand|face|stomach|handle|bring myself) (?:to (?:live|be alive"
        r"|exist|go on|keep <LIVING>|wake up|be here|be me|keep going|face (?:another|tomorrow))"
        r"|<LIVING>|being alive|existing|being me|waking up)(?! (?:in|with|at|here|there|near"
        r"|alone|abroad|next|early|so early|at))",
    ),
    Rule(
        "pi.cant_anymore",
        PI,
        "possible",
        r"(?:i |i just |just )?(?:cant|can not|cannot|can t|cnt) <ADV>(?:cope|go on|take it"
        r"|take this|do this|handle it|handle this|handle life|bear it|bear this|anymore"
        r"|any more|do life|keep going|carry on)(?=$|[.!?,;:]| (?:i|im|and|but|its|everything"
        r"|nothing|life|nobody|no one|anymore|any more|any longer|i cant|honestly|please|help"
        r"|someone|tbh|lol|ugh)\b)",
    ),
    Rule(
        "pi.live_like_this",
        PI,
        "possible",
        r"(?:<CANTS>|dont want to|can no longer|refuse to|wont|will not|no way i can) (?:keep )?"
        r"(?:live|<LIVING>|go on|going on|carry on|exist|existing) (?:like this|this way"
        r"|in this pain|with this pain|with (?:myself|this (?:pain|feeling|loneliness|emptiness"
        r"|shame)))",
    ),
    Rule(
        "pi.keep_pretending",
        PI,
        "possible",
        r"(?:<CANTS>) (?:keep )?pretending (?:im|i am|to be|that"
        r" im|everything is|that everything is) (?:ok|okay|fine|happy|alright|all right|good)",
    ),
    Rule(
        "pi.whats_the_point",
        PI,
        "possible",
        r"(?:whats|what is|what s|wats|wots|wuts|whts|wheres|where is|is there|is there even"
        r"|what even is|what would be|whatd be|what d be|what will be|what was) (?:even )?(?:the"
        r"|a|any) (?:point|purpose|use|sense) (?:of |in |to )?"
        r"(?:<LIVING>|life|being alive|existing|<GOING_ON>|trying (?:anymore|any more)"
        r"|anything|any of (?:it|this)|it all|this life|my life|me|being here|waking up"
        r"|getting up|continuing|keeping going|even trying|staying alive|being me"
        r"|anymore|any more|living anymore)(?! (?:in|with|at|here|there|insurance|coach|lessons"
        r"|hacks|admin|on (?:the|a)|for (?:a|the) (?:week|day|month|year|weekend)|of (?:the|this"
        r"|that)"
        r"|without (?:coffee|a)|if the|when the))",
    ),
    Rule(
        "pi.no_point",
        PI,
        "possible",
        r"(?:no|dont see the|cant see the|see no|there is no|theres no|there s no|not any"
        r"|dont see any|lost all|no real) point (?:in |of |to )?(?:<LIVING>|life|being alive"
        r"|existing|<GOING_ON>|anything(?: <ANYMORE>)?|any of (?:it|this)|it all"
        r"|trying (?:anymore|any more)|me|being here|waking up|getting up|continuing"
        r"|staying alive|keeping going|anything at all|(?:to )?anything anymore|<ANYMORE>"
        r"|being me|my existence|my life)(?! (?:in|with|at|insurance|here|there|on (?:the|a)))",
    ),
    Rule(
        "pi.why_bother_living",
        PI,
        "possible",
        r"why (?:even |should i |do i |would i )?(?:bother|keep|continue|carry on) (?:<LIVING>"
        r"|going on|trying|existing|being alive|waking up|getting up|carrying on|going)"
        r"(?=$|[.!?,;:]| (?:at all|anymore|any more|when|if|i|life|everything|nothing|honestly))"
        r"|why (?:am i|should i|do i|would i|is it that i|even) (?:even )?(?:still )?(?:alive"
        r"|bother (?:<LIVING>|trying|existing)|keep (?:<LIVING>|going|trying)|exist|live|go on"
        r"|wake up|stay alive|be alive|still here|here on earth)(?! (?:in|at|with|for (?:the|a)"
        r"|today|this|that|so|on))",
    ),
    Rule(
        "pi.burden",
        PI,
        "possible",
        r"(?:<IM>|i feel like|i feel|feel like|feeling like|i have become|ive become|i became"
        r"|im just|i m just|ive always been|i will always be|ill always be|i am just|all i am is"
        r"|i am nothing but|im nothing but|i know im|ive been|i have been|i was born)"
        r" (?:a |such a |just a |nothing but a |only a |the |an )?(?:huge |massive |complete "
        r"|total |constant |big |dead |heavy |useless |worthless |pathetic |fucking |absolute "
        r"|unbearable |enormous |nothing but a )?burden(?! (?:to|on|for) (?:nobody|no one|anyone"
        r"|anybody|the (?:group|team|chat|group chat|project|budget|system|taxpayer))"
        r"|(?: \w+){0,4} financially)",
    ),
    Rule(
        "pi.burdening",
        PI,
        "possible",
        r"burden(?:ing)? (?:to|on|for) (?:everyone|everybody|my family|my (?:friends|kids|children"
        r"|parents|partner|wife|husband|mum|mom|dad|loved ones)|the people (?:i love|around me)"
        r"|those around me|others|you all)|burdening (?:everyone|everybody|my|others|people|them"
        r"|you)",
    ),
    Rule(
        "pi.tired_of_living",
        PI,
        "possible",
        r"(?:tired|sick|exhausted|weary|done|fed up|finished|over|so over|had enough|have had"
        r" enough) (?:of|with) (?:<LIVING>"
        r"|life|being alive|existing|being here|it all|everything|this life|my life|breathing"
        r"|waking up|being me|fighting|surviving|the struggle|being in pain|this existence"
        r"|this world|being a burden|hurting|suffering"
        r"|fighting to stay"
        r" alive|trying to stay alive|fighting to live|trying to live|fighting for my life"
        r"|staying alive|fighting this|trying to be okay|trying to be ok|trying to survive"
        r"|fighting my (?:own )?(?:brain|mind|head|thoughts))"
        r"(?: <ANYMORE>)?(?! (?:in|with|at|on|out|under|near|paycheck|off|here|there|alone|next"
        r"|from|about|for (?:today|now|the (?:day|week|night|year))|at (?:work|school)|that|this"
        r" (?:city|town|place|house|flat|job)|the (?:city|town|noise|rain|traffic|weather)"
        r"|and (?:the|this)|to|my (?:ex|boss|parents|flatmate|roommate)|him|her|them|you"
        r"|people|work|school|this week|this month|like a))",
    ),
    Rule(
        "pi.want_it_to_stop",
        PI,
        "possible",
        r"(?:<DESIRE>|wanna|just want|need|please|make|let|beg|begging for|praying for)(?: for)?"
        r" (?:it|this|everything|it all|all of it|all of this|the pain|this pain|the hurt|life"
        r"|the thoughts|the voices|my thoughts|the suffering|my suffering|the feeling"
        r"|this feeling|the misery|the world|the noise in my head|my brain|my mind|the darkness"
        r"|the loneliness|the emptiness|the sadness|all the pain) (?:all )?(?:to )?(?:just )?"
        r"(?:stop|end|be over|go away forever|stop forever|finish|stop hurting|be done|to stop"
        r"|to end)(?: forever| for good| permanently| once and for all)?"
        r"(?! (?:raining|snowing|barking|ringing|beeping|leaking|now so|so i can|for a|at|before"
        r"|by|on|soon so|early|working|loading))",
    ),
    Rule(
        "pi.nobody_would_notice",
        PI,
        "possible",
        r"<NOONE> (?:would|will|d|ll|is going to|gonna|even|would even|will even|would ever"
        r"|would really|really|actually|would actually)? ?(?:even )?(?:notice|care|miss me|mind"
        r"|cry|be sad|come to my funeral|remember me|realise|realize|know|grieve|mourn"
        r"|be affected|feel anything|give a (?:shit|damn|fuck)|bat an eye|blink)"
        r"(?: (?:at all|really|much))? (?:if|when|that|whether|once|after) (?:i|im|i was|i were"
        r"|i am)(?: \w+){0,3}? (?:gone|dead|died|disappeared|left (?:forever|for good|this world)"
        r"|vanished"
        r"|missing|not here"
        r"|not around|alive|existed|exist|killed myself|ended it|stopped existing|wasnt here"
        r"|werent here|wasnt around|didnt wake up|never woke up|went missing|disappear|die"
        r"|live|lived|here|slipped away|faded away|stopped breathing)",
    ),
    Rule(
        "pi.nobody_would_miss_me",
        PI,
        "possible",
        r"<NOONE> (?:would|will|d|ll|is going to|gonna)? ?(?:even |ever |really )?miss me"
        r"(?! (?:at|in|on|during|if i (?:skip|skipped|left|leave|dont|didnt|miss|missed)|for (?:a"
        r"|the"
        r"|one)|tonight|today|tomorrow|this|while|when i (?:go|leave|move|m away)))"
        r"|(?:wouldnt|would not|will not|wont) (?:even )?be missed"
        r"|(?:doesnt|wouldnt|does not|would not|dont|do not|nobody would|no one would"
        r"|no one will|it wont|it would not|it wouldnt) (?:really |even )?(?:matter|make a"
        r" difference|change anything)(?: to anyone| to anybody)? if i (?:died|was gone|were gone"
        r"|disappeared|was dead|were dead|wasnt here|werent here|didnt exist|stopped existing"
        r"|vanished|left forever|killed myself|ended it|was not here|wasnt alive)"
        r"|<NOONE> (?:cares|would care|will care|gives a \w+|would give a \w+) (?:if|whether)"
        r" (?:i|im|i m|i am) (?:live|lived|am alive|alive|dead|exist|existed|die|died|am here"
        r"|here|wake up|make it)",
    ),
    Rule(
        "pi.hopeless_trapped",
        PI,
        "possible",
        r"(?:<IM>|i feel|feeling|i felt|i am so|im so) (?:so |completely |totally |utterly "
        r"|really |just |very |beyond |incredibly |fully )?(?:broken |damaged |too far gone )?"
        r"(?:hopeless|beyond help|beyond repair"
        r"|beyond fixing|too broken to (?:fix|be fixed|save)|unfixable|past fixing"
        r"|beyond saving|past saving|a lost cause|unsaveable|unsavable|helpless and hopeless"
        r"|trapped and hopeless|trapped with no way out)(?! (?:about|at|in|with|by|between"
        r"|when it comes|case|romantic|cook))",
    ),
    Rule(
        "pi.no_way_out",
        PI,
        "possible",
        r"(?:theres|there is|there s|i see|i can see|see|there seems to be|i have|ive got|got"
        r"|i got|have) (?:no|not any|no other|only one|only 1) (?:way out|escape|exit|other way"
        r" out|other option|other choice|light at the end|future|future for me|hope|hope left"
        r"|hope for me)(?! (?:of (?:the|that|it)|<OF_THIS_ELSEWHERE>|from|for (?:the|this|that"
        r"|us|them|our)|at|on|in (?:the|this|that) (?:job|building|room|contract|game|maze"
        r"|relationship|deal)|with (?:him|her|them|this|the)|but|except))",
    ),
    Rule(
        "pi.cant_see_future",
        PI,
        "possible",
        r"(?:cant|can not|cannot|dont|do not|couldnt|no longer) see (?:a|any|my|the) (?:future"
        r"|way out|way forward|light|point|reason to (?:live|go on|keep going|stay))"
        r"(?: for me| anymore| any more| at all| ahead)?(?! (?:in|with|for (?:us|this|the|our"
        r"|them)|at|on|of (?:the|that)|<OF_THIS_ELSEWHERE>|to (?:this|the) (?:meeting|project|job)"
        r"|here))",
    ),
    Rule(
        "pi.nothing_matters",
        PI,
        "possible",
        r"nothing(?:s| s)? (?:matters|matter|means anything|is worth it|worth it|will ever get"
        r" better"
        r"|will get better|ever gets better|is going to get better|will ever change"
        r"|makes sense) ?(?:<ANYMORE>)?(?! (?:except|but|more|as much|when|if|to (?!me)|than"
        r"|like|in|about|on))",
    ),
    Rule(
        "pi.never_get_better",
        PI,
        "possible",
        r"(?:it|things|life|this|i|my life|nothing|it all|my mind|the pain|i m|im)"
        r"(?: will| ll| is| are| am)? (?:never|not ever|not going to|never going to|not gonna"
        r"|never gonna) (?:ever )?(?:get|be|feel) (?:any |ok |okay |fine |)?(?:better|good"
        r"|happy|normal|ok|okay)(?! (?:at|in|with|than|if|unless|until|once|when|soon|tomorrow"
        r"|than|enough))",
    ),
    Rule(
        "pi.thoughts_of_death",
        PI,
        "possible",
        r"(?:think|thinking|thought|thoughts|dream|dreaming|dreamt|dreamed|fantasi[sz]e"
        r"|fantasi[sz]ing|fantasies|obsess|obsessing|obsessed|preoccupied|fixated|ruminating"
        r"|daydream|daydreaming|romanticising|romanticizing|cant stop thinking|keep thinking"
        r"|imagine"
        r"|imagining|imagined|picture|picturing|pictured|visualise|visualising|visualize"
        r"|visualizing|wonder|wondering)"
        r" (?:a lot |constantly |all the time |so much |more and more |every day |a bunch "
        r"|lately |often |again )?(?:about|of|with|on)? ?(?:death|dying|being dead"
        r"|my (?:own )?(?:death|funeral|grave)|not being (?:here|around|alive)|not existing"
        r"|no longer existing|not waking up|never waking up|ending (?:it|things|everything)"
        r"|disappearing forever|how (?:i would|id|i d|i could|i might|i will|ill) (?:die|do it"
        r"|end it|go)|my last day|leaving this world|being gone|dying young|my body being found"
        r"|who would come to my funeral|the easiest way out|a way out)"
        r"(?! (?:with|between|of (?:the|a|my) (?:film|book|show|series|game|season)|in (?:a|the)"
        r" (?:book|film|movie|game|show)|scene))",
        mention=True,
    ),
    Rule(
        "pi.death_appeals",
        PI,
        "possible",
        r"(?:death|dying|being dead|not existing|not waking up|oblivion|nothingness|it all ending"
        r"|not being here|ceasing to exist) (?:would|will|d|sounds|seems|feels|looks|is)"
        r" (?:be )?(?:so |such |like )?(?:a |an )?(?:relief|peaceful|welcome|release|escape|nice"
        r"|easier|better|good|comforting|appealing|tempting|freedom|rest|mercy|the answer"
        r"|the only (?:way|option|answer|way out)|my only (?:option|way out)|blessing|gift"
        r"|kindness|sweet|preferable)",
    ),
    Rule(
        "pi.envy_dead",
        PI,
        "possible",
        r"(?:envy|envious of|jealous of) (?:the )?(?:dead|people who (?:die|died|are dead"
        r"|get to die)"
        r"|those who (?:die|died)|dead people)",
    ),
    Rule(
        "pi.join_the_dead",
        PI,
        "possible",
        r"(?:want|wanna|wish i could|long|longing|need|ready) (?:to )?(?:join|be with|see|meet"
        r"|reunite with|go to) (?:my )?(?:late |dead |deceased |dear )?(?:\w+ ){0,2}(?:in heaven"
        r"|on the other side|in the afterlife|up there|again in heaven|where (?:he|she|they)"
        r" (?:is|are) now|wherever (?:he|she|they) (?:is|are)|in the ground)",
    ),
    Rule(
        "pi.deserve_not_live",
        PI,
        "possible",
        r"(?:dont|do not|never|no longer|dont even) deserve (?:to (?:live|be alive|exist|be here"
        r"|breathe|wake up|go on)|life|my life)"
        r"|(?:shouldnt|should not|shouldn t) (?:even )?(?:be alive|exist|be here|be living"
        r"|still be alive|still be here)(?! (?:at|in|with|this|today|tonight|right now|on))"
        r"|i (?:should|need to|must|ought to) (?:just )?(?:disappear|stop existing|not exist"
        r"|not be here|vanish)",
    ),
    Rule(
        "pi.wish_accident",
        PI,
        "possible",
        r"(?:wish|hope|hoping|pray|praying|wishing)(?: that)? (?:a |the |some |that |something"
        r" |someone |somebody )?(?:car|bus|truck|lorry|train|plane|tree|meteor|asteroid|lightning"
        r"|brick|drunk driver|bullet|stray bullet|virus|disease|illness|cancer|heart attack"
        r"|something|someone|somebody|god|the universe|covid)(?: would| will| could|d|ll)? "
        r"(?:just )?(?:hit me|hits me|kill me|kills me|take me|takes me|end me|ends me|strike me"
        r"|strikes me|run me over|runs me over|fall on me|falls on me|crush me|finish me off"
        r"|takes me out|take me out|come for me|happen to me|happens to me)"
        r"|(?:wish|hope|hoping|pray|praying)(?: that)? i (?:get|got|would get|d get|could get"
        r"|will get|catch|caught|had|have|develop) (?:hit by|run over|killed|cancer|a terminal"
        r"|terminally ill|a fatal|struck by|shot|stabbed|murdered|sick and die|in a (?:fatal )?"
        r"(?:crash|accident))",
    ),
    Rule(
        "pi.wouldnt_mind_dying",
        PI,
        "possible",
        r"(?:wouldnt|would not|dont|do not|wont|will not|wouldn t) (?:really )?(?:mind|care"
        r"|be upset|be sad|object|fight it|complain)(?: (?:at all|much|really))? if i (?:died"
        r"|was to die|were to die|didnt wake up|never woke up|got hit|get hit|got killed"
        r"|get killed|was dead|were dead|disappeared|was gone|stopped existing|had an accident"
        r"|crashed|dropped dead|die|just died|caught something and died)"
        r"|(?:wouldnt|would not|wouldn t) mind (?:dying|not waking up|being dead|disappearing"
        r"|getting hit|an accident|death|if it all ended|it all ending)"
        r"|(?:dont|do not|couldnt|could not|no longer|wouldnt) (?:really |even )?care (?:anymore )?"
        r"(?:if|whether) i (?:live|die|lived|died|am alive|wake up|make it|survive|am here"
        r"|exist)(?! (?:in|with|at|near|here|there|alone|abroad|together|on|by|next|somewhere))",
    ),
    Rule(
        "pi.if_i_died",
        PI,
        "possible",
        r"if i (?:died|die|was gone|disappeared|was dead|were dead|killed myself|didnt wake up"
        r"|were gone|never woke up) (?:tomorrow |today |tonight |now |right now )?(?:<NOONE>"
        r"|it wouldnt|i wouldnt|would anyone|would they|would it|who would|it would be"
        r"|everyone would|they would|i would be|itd|it d|would people|would my|would it even"
        r"|how long|at least)",
    ),
    Rule(
        "pi.give_up",
        PI,
        "possible",
        r"(?:give|giving|gave|given) up on (?:life|<LIVING>|everything|myself|me|it all|the world"
        r"|being alive|existing|the future|getting better|ever being happy|ever getting better"
        r"|ever feeling better)(?! (?:in|at|with|for (?:today|now|the day)|to))"
        r"|(?:ready|want|wanting|going|wanna) (?:to )?give up(?: on everything| on life"
        r"| completely| for good| on myself)?(?=$|[.!?,;:]| (?:i|and|but|on (?:life|everything)"
        r"|completely|for good|its|it|honestly|now|tonight))",
    ),
    Rule(
        "pi.want_out",
        PI,
        "possible",
        r"(?:want|need|wanna|wish i could|looking for) (?:out|to get out|an escape|to escape"
        r"|a way out|to leave|to check out|to log off|to exit)(?: of| from)? (?:this life|life"
        r"|my life|this world|this body|existence|this existence|this pain|it all|everything"
        r"|this earth|my own head|my head|my skin|this planet|permanently|for good|forever)"
        r"(?! (?:for a|in|at|and (?:go|move|start|travel)))",
    ),
    Rule(
        "pi.leave_this_world",
        PI,
        "possible",
        r"(?:leave|leaving|left|depart|departing|exit|exiting|check out of|log off from|quit"
        r"|quitting|shuffle off) (?:this|the) (?:world|earth|life|planet|existence|mortal coil)"
        r"(?! (?:of|for a|a better place|better|behind|in|with"
        r"|and go back))",
    ),
    Rule(
        "pi.hate_being_alive",
        PI,
        "possible",
        r"(?:hate|hated|hating|cant stand|despise|loathe|regret|resent) (?:being alive|existing"
        r"|<LIVING>|my existence|that i exist|that im alive|being born|waking up every"
        r" (?:day|morning)|that i woke up|waking up alive|life itself|every second of (?:my )?"
        r"life|still being alive|still being here)(?! (?:in|with|at|near|here|there|so far"
        r"|alone|next|together|on my own|with))",
    ),
    Rule(
        "pi.life_pointless",
        PI,
        "possible",
        r"(?:my )?(?:life|existence|<LIVING>|being alive|everything|existing)(?: is| s| feels"
        r"| seems| has become| has always been| just feels| just is)? (?:so |just |completely "
        r"|totally |utterly |fucking |really |entirely )?(?:pointless|meaningless|worthless"
        r"|unbearable|hopeless|not worth it|a waste|too much to bear|too hard to bear|over"
        r"|a living hell|hell|torture)(?! (?:in|at|with|without (?:coffee|wifi)|when|if|for"
        r"|on|because of (?:the|this)|of))",
    ),
    Rule(
        "pi.life_no_meaning",
        PI,
        "possible",
        r"(?:my )?(?:life|existence) (?:has|holds|had) (?:no|zero|lost (?:all|its)) (?:meaning"
        r"|purpose|point|value|worth)",
    ),
    Rule(
        "pi.want_out_bare",
        PI,
        "possible",
        r"i (?:just |really |so )?want out(?: of (?:here|this|it all|everything|life))?(?=$"
        r"|[.!?,;:]| (?:now|and|i|but|so|please)\b)",
    ),
    Rule(
        "pi.see_no_reason",
        PI,
        "possible",
        r"(?:dont|do not|cant|cannot|can not|dont really) see (?:why|how) (?:i should|i would"
        r"|i could|i can|i d|id|to|i need to|i have to) (?:keep|go on|carry on|continue|bother"
        r"|stay|be)(?: <LIVING>| going| on| existing| trying| alive| here| around)?"
        r"(?! (?:with|at|in|on) (?:the|this|that|my|work|school))",
    ),
    Rule(
        "pi.let_me_die",
        PI,
        "possible",
        r"(?:just |please |pls )?let me (?:just )?(?:die|go forever|go for good|disappear"
        r"|rot|not wake up)(?! (?:of|from|laughing|in peace (?:after|with|and|while|so|until|for"
        r"|lol|haha)"
        r"|happy))",
    ),
    Rule(
        "pi.thinking_jumping",
        PI,
        "possible",
        r"(?:thinking|thought|think|thoughts|keep thinking|imagining|imagined|picturing|dreaming"
        r"|dream|dreamt|dreamed|daydreaming|fantasi[sz]ing) (?:about"
        r"|of) (?:jumping|throwing myself|letting myself fall|falling|stepping off)"
        r"(?=$|[.!?,;:]| (?:off|from|again|and|i|tonight|today|every|when|down))",
    ),
    Rule(
        "pi.lost_will_to_live",
        PI,
        "possible",
        r"(?:lost|losing|lose|no|zero|without|little|not much|dont have (?:the|any|much)"
        r"|nothing left of|have no|got no|no real|there is no|theres no) (?:all |my |the |any )?"
        r"(?:will|desire|drive|reason|motivation|want|wish|energy|strength) (?:left )?to"
        r" (?:live|<LIVING>|keep <LIVING>|go on|carry on|exist|stay alive|keep going|survive"
        r"|be alive|wake up)(?! (?:in|with|at|near|there|here|alone|abroad|together|the|a"
        r"|without|next))",
    ),
    Rule(
        "pi.cant_be_here",
        PI,
        "possible",
        r"<CANTS> <ADV>(?:be|stay|exist|live|keep existing) (?:here |around |in this world "
        r"|on this earth |alive )?<ADV>(?:<ANYMORE>)",
    ),
    Rule(
        "pi.world_doesnt_need_me",
        PI,
        "possible",
        r"(?:the world|this world|everyone|everybody|my family|my kids|no one|nobody|anyone"
        r"|the people i love)(?: really| even| honestly)? (?:doesnt|does not|dont|do not|wont"
        r"|will not|wouldnt|would not|wouldn t|doesn t|needs?|would|will) (?:need|want|miss"
        r"|notice|care about) me(?: around| here| alive| anymore| any more)?(?=$|[.!?,;:]| (?:and"
        r"|so|i|anyway|anymore|at all|either|it|everyone|they))",
    ),
    Rule(
        "pi.end_suffering",
        PI,
        "possible",
        r"end (?:my|the|this|all (?:my|the|this)) (?:suffering|pain|misery|torment|agony|hell"
        r"|struggle)(?! (?:with (?:painkillers|paracetamol|ibuprofen|meds|medication|therapy"
        r"|physio)|in (?:my|the) (?:back|knee|neck|tooth|teeth|leg|arm|head)))",
    ),
    Rule(
        "pi.end_suffering_forever",
        PI,
        "possible",
        r"end (?:my|the|this|all (?:my|the|this)) (?:suffering|pain|misery|torment|agony|life)"
        r" (?:permanently|forever|for good|once and for all|for ever)",
    ),
    Rule(
        "pi.exhausted_from_living",
        PI,
        "possible",
        r"(?:tired|exhausted|worn out|drained|weary|so done|done) (?:from|by|with) (?:being alive"
        r"|<LIVING>|existing|life itself|being me|surviving|staying alive|trying to stay alive)"
        r"(?! (?:in|with|at|on|near|here|there|alone|next|like a))",
    ),
    Rule(
        "pi.why_still_alive",
        PI,
        "possible",
        r"(?:dont know|idk|not sure|no idea|dunno|unsure|wonder|wondering) why (?:im|i am|i m"
        r"|i)(?: even| still| keep)+ (?:alive|here|breathing|living|around|bothering|trying"
        r"|going|existing|waking up)(?! (?:at|in|with|on|for (?:the|a)|this|today|tonight))",
    ),
    Rule(
        "pi.would_anyone_notice",
        PI,
        "possible",
        r"(?:would|will|does|do|did) (?:anyone|anybody|people|everyone|they|my family|my friends"
        r"|my parents|you)(?: even| actually| really| ever)? (?:notice|care|miss me|cry|come to my"
        r" funeral|remember me|be sad|mourn)(?: \w+){0,2} (?:if|when|once|after) (?:i|im|i m)"
        r" (?:was|were|am|died|disappeared|killed|ended|left (?:forever|for good|this world)"
        r"|vanished|stopped|wasnt|werent|didnt|gone|dead|never|just)",
    ),
    Rule(
        "pi.too_painful_to_continue",
        PI,
        "possible",
        r"(?:life|<LIVING>|existing|everything|it|being alive|being me|this) (?:is|s|feels|has"
        r" become|just feels|just is) (?:just |way |far |so |simply |all |too much |much )?too"
        r" (?:painful|hard|much|heavy|exhausting|difficult|dark|lonely) (?:to (?:continue|go on"
        r"|bear|carry on|keep going|keep <LIVING>|live|survive|get through|keep fighting)|for me"
        r" to (?:continue|go on|bear|carry on|keep going|live|handle))",
    ),
    Rule(
        "pi.no_one_will_have_to",
        PI,
        "possible",
        r"<NOONE> (?:will|ll|would) (?:ever )?(?:have|need) to (?:worry about|deal with|put up"
        r" with|look after|take care of|see|bother with|hear from) me(?: again| anymore| ever"
        r" again)?<HOLD_FOLLOW>",
    ),
    Rule(
        "pi.staring_at_means",
        PI,
        "possible",
        r"(?:staring|stared|looking|looked|gazing|gazed|sat looking|sitting looking) at (?:the |my "
        r"|a |all the |all my |that )?(?:(?:bottle|box|pack|packet|handful|pile|stash|jar|strip)"
        r" of )?(?:<PILLS>|rope|noose|knife|knives|blades?|razor|razors|gun|tracks|train tracks"
        r"|ledge)(?! (?:in (?:the|a) (?:shop|store|museum|catalogue|window)|for (?:sale|my"
        r" (?:project|class|shoot))|on (?:amazon|ebay|the menu)))",
    ),
    Rule(
        "pi.thinking_about_means",
        PI,
        "possible",
        r"(?:thinking|think|thought|obsessing|obsessed|fixated|dreaming|dream|fantasi[sz]ing"
        r"|cant stop thinking|keep thinking) (?:about|of|on) (?:the|my|a|that) (?:rope|noose"
        r"|pills|tablets|gun|blade|blades|razor|knife|tracks|train tracks|ledge|overdose|bottle"
        r" of pills)(?! (?:project|game|club|design|party|match|course|trick|swing|bridge|for"
        r" (?:the|my) (?:boat|swing|tent|class|project)|prices?))",
    ),
    Rule(
        "pi.wont_make_it",
        PI,
        "possible",
        r"(?:wont|will not|not going to|dont think ill|dont think i will|probably wont|doubt ill"
        r"|doubt i will|never going to|not gonna) (?:make it|last|survive|be alive|still be"
        r" here|be around) (?:to|until|till|through|past|beyond|much longer|another|the (?:night"
        r"|week|weekend|year)|christmas|my birthday|new year|next)(?! (?:the (?:party|meeting"
        r"|game|match|concert|show|gym|wedding|dinner|office|station)|in time|on time|work"
        r"|class|the end of the (?:film|movie|show|match|game)|without (?:a |my |some |another )?"
        r"(?:coffee|tea|food|snack|break|coffee break|nap|sleep|lunch|caffeine|drink|wee|loo)))",
    ),
    Rule(
        "pi.heart_stop",
        PI,
        "possible",
        r"(?:<DESIRE>|wanna|waiting for|praying for|begging for)(?: for| that)? my (?:heart|life"
        r"|breathing|body) (?:would |will |to )?(?:just )?(?:stop|stops|stopped|end|ends|give out"
        r"|gives out|give up|gives up|shut down|shuts down|fail|fails)",
    ),
    Rule(
        "pi.waiting_to_die",
        PI,
        "possible",
        r"(?:waiting|wait|just waiting|living just waiting) (?:to die|for death|for (?:the|my) end"
        r"|to be dead|for it (?:all )?to end|for my life to end|to stop existing|for my turn to"
        r" die|around to die)",
    ),
    Rule(
        "pi.hit_by_bus_relief",
        PI,
        "possible",
        r"if i (?:got|get|was|were|am|d get|would get) (?:hit|run over|killed|struck|taken)"
        r"(?: \w+){0,6} (?:i d|id|i would|i wouldnt|i would not|it would|itd|honestly)? ?(?:be )?"
        r"(?:relieved|glad|happy|fine with it|grateful|thankful|a relief|welcome it|mind|care"
        r"|be ok with it|be okay with it)",
    ),
    Rule(
        "pi.check_out",
        PI,
        "possible",
        r"(?:ready|want|wanna|going|time|need) to (?:just )?(?:check out|clock out|log off|tap out)"
        r"(?: (?:of (?:life|this life|this world|everything|existence)|permanently|for good|early"
        r"|forever))?(?=$|[.!?,;:]| (?:of (?:life|this life|this world|everything|existence)"
        r"|permanently|for good|forever|and|i|now|honestly))",
    ),
    Rule(
        "pi.not_worth_living",
        PI,
        "possible",
        r"(?:isnt|isn t|is not|wasnt|aint|no longer|never|hardly|barely|not really|not) worth"
        r" (?:<LIVING>|the pain|the fight|the struggle|going on|continuing|carrying on|staying"
        r" alive|being alive|waking up for|fighting for)",
    ),
    Rule(
        "pi.done_goodbye",
        PI,
        "possible",
        r"(?:im|i am|i m) (?:so |just |completely )?done(?: with (?:everything|it all|life|this))?"
        r"[ .,!]+(?:goodbye|bye|farewell|so long|im sorry|sorry)(?! (?:for (?:now|today|tonight)"
        r"|see you|til|till|until))",
    ),
    Rule(
        "pi.dont_want_to_do_this",
        PI,
        "possible",
        r"(?:dont|do not|dnt) (?:want|wanna|wish) to (?:do|keep doing|feel|be) (?:this|it|any of"
        r" this|life|this life|any of it|like this) <ANYMORE>",
    ),
    Rule(
        "pi.body_found",
        PI,
        "possible",
        r"(?:my|me) body (?:would|will|being|to be|gets?|got|could|might) (?:be )?(?:found"
        r"|discovered|pulled out|washed up|identified)",
    ),
    Rule(
        "pi.given_up",
        PI,
        "possible",
        r"(?:i|ive|i have|ive just|i ve|i just|i really|ive finally|i finally) (?:completely "
        r"|totally |finally |just )?(?:given up|gave up)(?=$|[.!?,;:]| (?:on (?:life|everything"
        r"|myself|living|trying|hope|being happy|getting better)|completely|i|and|its|everything"
        r"|honestly|now))",
    ),
    Rule(
        "pi.dont_care_about_living",
        PI,
        "possible",
        r"(?:dont|do not|no longer|stopped|stop|cant|cannot) (?:really |even )?(?:care|caring)"
        r" (?:about|for) (?:<LIVING>|life|being alive|staying alive|whether i live|if i live"
        r"|my (?:own )?life|my future|myself) ?(?:<ANYMORE>|at all)?(?! (?:in|with|at|near|here"
        r"|there|alone|abroad))",
    ),
    Rule(
        "pi.might_as_well_be_dead",
        PI,
        "possible",
        r"(?:might as well|may as well|could just as well|might just as well|should just)"
        r" (?:be dead|die|not exist|not be here|not be alive|end it|be gone|give up on life"
        r"|stop existing|disappear)",
    ),
    Rule(
        "pi.not_scared_of_dying",
        PI,
        "possible",
        r"(?:not|no longer|stopped being|never been|not even) (?:scared|afraid|frightened|fearful)"
        r" (?:of|to) (?:die|dying|death|being dead)(?: <ANYMORE>)(?! (?:since|because of my"
        r" (?:faith|religion|beliefs)))"
        r"|(?:ready|at peace with|made peace with|prepared) (?:to die|for death|with dying"
        r"|with death|to go now)",
    ),
    Rule(
        "pi.what_if_i",
        PI,
        "possible",
        r"what if i (?:just )?(?:didnt wake up|never woke up|died|disappeared|ended it(?: all)?"
        r"|killed myself|wasnt here|was gone|were gone|jumped|took (?:all|them all|the whole)"
        r"|stopped existing|went to sleep forever|crashed (?:my|the) car|drove off|walked into)",
    ),
    Rule(
        "pi.do_something_stupid",
        PI,
        "possible",
        r"(?:going to|gonna|might|could|will|ll|(?:scared|afraid|worried|terrified) (?:that )?"
        r"(?:i ll|ill|i will|i might|i may|i could)|about"
        r" to|tempted to|want to|urge to) (?:just )?do something (?:stupid|drastic|dangerous"
        r"|bad|i cant take back|permanent|irreversible|to myself|i will regret|i ll regret|final)"
        r"(?! (?:at|in|with) (?:work|the party|the meeting|the office|my hair))"
        r"|do something to myself",
    ),
    Rule(
        "pi.not_safe",
        PI,
        "possible",
        r"(?:dont|do not|no longer|not) feel safe (?:with|around|from) myself"
        r"|(?:im|i am|i m) not safe(?: (?:right now|tonight|alone|with myself|from myself|at the"
        r" moment|to be alone))?(?=$|[.!?,;:]| (?:i|and|right|tonight|alone|with|from|anymore)\b)"
        r"|(?:scared|afraid|frightened|terrified) of (?:myself|what (?:i|ill|i ll|id|i d)"
        r" (?:(?:might|could|will|ll|may|would) )?do(?: to myself)?)"
        r"|(?:a|an) (?:danger|risk|threat) to myself",
    ),
    Rule(
        "pi.better_if_went_away",
        PI,
        "possible",
        r"(?:better|happier|easier|relieved|glad|fine) (?:off )?if i (?:just )?(?:went away|left"
        r" forever|left for good|was out of the picture|were out of the picture|wasnt in the"
        r" picture|werent in the picture|was out of their lives|were out of their lives)",
    ),
    Rule(
        "pi.keep_myself_safe",
        PI,
        "high",
        r"(?:cant|can not|cannot|not able to|unable to|dont think i can|not sure i can|dont know"
        r" if i can|struggling to|(?:dont|do not) know how (?:much )?(?:longer|long) i (?:can"
        r"|will be able to|ll be able to)) keep myself safe",
    ),
    Rule(
        "pi.not_coming_back",
        PI,
        "possible",
        r"(?:and|to|then) (?:just )?(?:not|never) (?:come|coming) back(?=$|[.!?,;:]| (?:ever"
        r"|again|this time)\b)"
        r"|(?:im|i am|i m|i|and im|and i m) (?:\w+ )?(?:not|never|wont be|will not be"
        r"|am not) (?:coming"
        r"|going to come|gonna come) back(?=$|[.!?,;:]| (?:this time|ever|again|and|i|from (?:it"
        r"|this))\b)",
    ),
    Rule(
        "pi.means_calling",
        PI,
        "possible",
        r"(?:razor|blade|blades|pills|tablets|rope|bridge|knife|gun|tracks|edge|water|river)"
        r"(?: \w+){0,8} (?:calling|calls|call) (?:to )?(?:me|my name)",
    ),
    Rule(
        "pi.see_myself_dead",
        PI,
        "possible",
        r"(?:see|seeing|picture|picturing|pictured|imagine|imagining|imagined|visuali[sz]e"
        r"|visuali[sz]ing|dream of|dream about|dreaming of|dreaming about) (?:myself|me)"
        r" (?:hanging|dead"
        r"|jumping|falling|bleeding out|in a coffin|in the coffin|being dead|with a noose"
        r"|overdosing"
        r"|lying dead|in a grave|being buried)",
    ),
    Rule(
        "pi.dont_deserve_to_eat",
        PI,
        "possible",
        r"(?:dont|do not|never|no longer) deserve (?:to eat|food|to be fed|to be happy|to be loved"
        r"|anything good|help|to be helped|to get better|kindness)",
    ),
    Rule(
        "pi.not_eating_dont_deserve",
        PI,
        "possible",
        r"(?:havent eaten|have not eaten|not eating|stopped eating|stop eating|refuse to eat"
        r"|refusing to eat|skipping meals|skip meals|starving myself)(?: \w+){0,4} (?:because|as"
        r"|since|cause|cuz) (?:i )?(?:dont|do not|don t) deserve",
    ),
    Rule(
        "pi.life_means_nothing",
        PI,
        "possible",
        r"(?:my )?(?:life|existence|<LIVING>|everything|being alive|my existence) (?:means"
        r"|is worth|isnt worth|is not worth|aint worth|isn t worth)"
        r" (?:nothing|absolutely nothing|nothing to (?:me|anyone)|anything|a thing|shit|much)"
        r"(?! (?:without (?:coffee|wifi)"
        r"|in comparison|compared))",
    ),
    Rule(
        "pi.me_gone",
        PI,
        "possible",
        r"(?:and|with) me (?:gone|dead|out of the (?:way|picture)|in the ground|six feet under)"
        r"(?=$|[.!?,;:]| (?:forever|for good|and|they|everyone|theyd|she|he|it|things)\b)",
    ),
    Rule(
        "pi.nobody_at_funeral",
        PI,
        "possible",
        r"<NOONE> (?:would|will|d|ll|is going to|gonna)(?: even| ever| actually)? (?:come|go|turn"
        r" up|show up|cry) (?:to|at) my funeral",
    ),
    Rule(
        "pi.wish_not_alive",
        PI,
        "possible",
        r"(?:wish|wished|wishing)(?: that)? i (?:wasnt|werent|was not|were not|wasn t|weren t)"
        r" (?:alive|born|around|living|a person|real|still here|still alive|here anymore|here any"
        r" more|on this earth|in this world)(?! (?:at|in|with|for|right now|today|tonight|this"
        r" (?:week|morning|evening)))",
    ),
    Rule(
        "pi.done_trying_to_live",
        PI,
        "possible",
        r"(?:done|finished|tired|sick|exhausted|giving up) (?:with )?(?:trying|fighting|struggling)"
        r" (?:to (?:stay alive|live|survive|keep going|go on|be okay|be ok|get better|keep <LIVING>"
        r"|exist)|for my life)",
    ),
    Rule(
        "si.close_to_ending_it",
        SI,
        "high",
        r"(?:close to|closer to|on the verge of|near to|nearly|almost|about to|this close to|so"
        r" close to|came close to|came so close to|very close to|dangerously close to|on the"
        r" edge of) (?:ending (?:it|it all|things|everything|my life)|killing myself"
        r"|taking my (?:own"
        r" )?life|<SUICIDE>|overdosing|jumping|cutting again|hurting myself|slitting)",
    ),
    Rule(
        "pi.close_to_giving_up",
        PI,
        "possible",
        r"(?:close to|closer to|on the verge of|this close to|so close to|very close to)"
        r" (?:giving up|doing it|going through with it|the edge|breaking point and)",
    ),
    Rule(
        "pi.how_much_longer",
        PI,
        "possible",
        r"(?:dont|do not|dunno|no idea|not sure) (?:know )?how (?:much )?(?:longer|long) i (?:can"
        r"|will be able to|ll be able to|am able to) (?:do this|keep (?:this up|going|doing this"
        r"|fighting|<LIVING>|it together)|go on|hold on|last|survive|take (?:it|this)|cope|manage"
        r"|carry on|stay alive|be here)",
    ),
    Rule(
        "pi.dont_see_the_point",
        PI,
        "possible",
        r"(?:dont|do not|cant|can t|cannot|no longer) see (?:the|any) point(?=$|[.!?,;:]|"
        r" (?:anymore|any more|in anything|of anything|of it all|in any of it|in trying|and|i"
        r"|honestly|at all)\b)",
    ),
    Rule(
        "pi.rest_forever",
        PI,
        "possible",
        r"(?:<DESIRE>|wanna|need) (?:to )?(?:just )?(?:rest|sleep) (?:forever|for ever|in peace"
        r" forever|eternally|permanently)|(?:eternal|permanent|endless|final) (?:rest|sleep)"
        r"(?! (?:mode|setting|button|day|days))",
    ),
    Rule(
        "pi.visiting_place",
        PI,
        "possible",
        r"(?:visit|visiting|visited|keep going (?:back )?to|kept going (?:back )?to|went back to"
        r"|been going to|go back to|drove to|walked to|keep walking to|keep driving to|sat at|sit"
        r" at|went to|go to|been to|walked down to|stood at|standing at|stood by|standing by"
        r"|stood on|standing on) (?:the|that) (?:bridge|cliff|cliffs|overpass|tracks|train tracks"
        r"|railway|railway line|car park|multi storey|rooftop|roof|edge)(?=$|[.!?,;:]| (?:again"
        r"|every|thinking|staring|crying|looking down|to (?:think|look|stare|sit)|and (?:stare"
        r"|stared|think|thought|look|looked|sit|sat"
        r"|stand|stood|waited|cried|wondered)|at night|alone|tonight|last night|where|near|for"
        r" (?:ages|hours|a long time|an hour))\b)",
    ),
    Rule(
        "pi.wont_be_back",
        PI,
        "possible",
        r"(?:wont|will not|never) be (?:coming )?back(?=$|[.!?,;:]| (?:this time|ever|again)\b)",
    ),
    Rule(
        "pi.wish_never_woken",
        PI,
        "possible",
        r"(?:wish|wished|wishing)(?: that)? (?:i (?:had |d )?|id )(?:never|not|hadnt|had not)"
        r" (?:woken"
        r"|woke)(?: up)?",
    ),
    Rule(
        "pi.press_a_button",
        PI,
        "possible",
        r"(?:press|push|pressed|pushed|hit|click) (?:a|one|the) (?:button|switch) (?:and|to)"
        r" (?:just )?(?:disappear|not exist|stop existing|die|end it|vanish|never have existed"
        r"|erase myself|be gone|not be here|cease to exist)",
    ),
    Rule(
        "pi.wont_see_another",
        PI,
        "possible",
        r"(?:wont|will not|never|not going to|dont think ill|dont think i will|dont expect to"
        r"|probably wont|doubt ill) (?:ever )?(?:see|live to see|make it to|be here for|be around"
        r" for|be alive for|be alive to see) (?:another|next|the next|one more) (?:christmas"
        r"|birthday|year|summer|spring|autumn|winter|day|week|month|new year|sunrise|morning)",
    ),
    Rule(
        "pi.stop_feeling",
        PI,
        "possible",
        r"(?:want|wanna|need|wish i could|just want) (?:to )?(?:just )?(?:stop feeling|not feel"
        r" anything|feel nothing|stop hurting|make it all stop|switch off my brain|turn my brain"
        r" off|switch off forever|stop everything)(?: forever| permanently| for good)?(?=$"
        r"|[.!?,;:]| (?:anything|everything|forever|altogether|for good|i|and|so|at all|ever"
        r" again|again)\b)",
    ),
    Rule(
        "pi.doing_everyone_a_favour",
        PI,
        "possible",
        r"(?:doing|do|did) (?:everyone|everybody|the world|my family|them|you all|you|the people"
        r" i love) a (?:favour|favor|kindness)(?: \w+){0,2} (?:by|if i) (?:dying|died|disappearing"
        r"|disappeared|killing myself|leaving for good|was gone|were gone|not being here|ending"
        r" it|just died|ended it)",
    ),
    Rule(
        "pi.because_i_wont_be_here",
        PI,
        "possible",
        r"(?:because|cause|cuz|since|as) (?:i wont|i will not|im not going to|i m not going to"
        r"|i am not going to|i probably wont|i doubt ill) (?:still )?be (?:here|around|alive)"
        r"(?=$|[.!?,;:]| (?:anymore|any more|then|by then|for it|to see|and)\b)",
    ),
    Rule(
        "pi.all_i_think_about",
        PI,
        "possible",
        r"(?:all|the only thing|only thing) i (?:can |ever |really )?(?:think about|want|dream"
        r" about|look forward to)(?: \w+){0,2} is (?:dying|death|being dead|<SUICIDE>|killing"
        r" myself|ending it|ending my life|not being here|how to die|disappearing|not waking up"
        r"|not existing|cutting|hurting myself)",
    ),
    Rule(
        "pi.swallow_me_forever",
        PI,
        "possible",
        r"(?:want|wish|wanted|wished|need|hope) (?:the|for the) (?:ground|earth|world|sea|ocean"
        r"|darkness|dark|void|floor) (?:would |to )?(?:swallow|take|eat) me(?: up| whole)?"
        r" (?:and never (?:spit me out|let me go|give me back|bring me back)|forever|for good"
        r"|permanently)",
    ),
    Rule(
        "pi.think_how_to_do_it",
        PI,
        "possible",
        r"(?:think|thinking|thought) about how (?:to|i would|id|i d|i could|i might|i will|ill)"
        r" (?:do it|go through with it|end it|die)<HOLD_FOLLOW>",
    ),
    Rule(
        "pi.funeral",
        PI,
        "possible",
        r"(?:picture|picturing|imagine|imagining|planning|plan|planned|visualise|visualize"
        r"|visualising|visualizing|think about|thinking about|wonder|wondering|dream about"
        r"|fantasise about|fantasize about) (?:about )?(?:my own|my) (?:funeral|death|grave"
        r"|obituary|wake|memorial)"
        r"|(?:who|how many people|would anyone|if anyone|would people) (?:would )?(?:come|go"
        r"|turn up|show up|cry) (?:to|at) my funeral",
    ),
    Rule(
        "pi.ready_to_go",
        PI,
        "possible",
        r"(?:im|i am|i m|i feel) (?:so )?(?:ready|done)(?: to go)? (?:with (?:this life|it all"
        r"|life|everything(?! (?:for|at|in|on|about|today|this)))|to leave this"
        r"|to be done with (?:life|it all|everything)|for it all to"
        r" end|for the end|to go for good|to be gone)",
    ),
)
