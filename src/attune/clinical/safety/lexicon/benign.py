"""Everyday idioms and accidents that look like risk language."""

from __future__ import annotations

from attune.clinical.safety.lexicon.base import Benign

# ---------------------------------------------------------------------------------------
# Everyday idioms and accidents. A risk hit that overlaps one of these is set aside (and
# reported as suppressed), unless the sentence says it was on purpose (OVERRIDE_ACCIDENT).
# ---------------------------------------------------------------------------------------
_WHO_SELF = r"(?:my|him|her|your|them|our|one|it)?(?:self|selves)"
BENIGN: tuple[Benign, ...] = (
    Benign("idiom.kill_time", r"kill(?:ing)? (?:some |a bit of |the )?time", "idiom"),
    Benign(
        "idiom.suicide_compound",
        r"(?:career|political|social|commercial|professional|electoral|fashion|financial"
        r"|reputational|brand|corporate|musical|cultural|diet|dietary|academic|economic"
        r"|sporting|tactical|kamikaze|ego|credit|grade|gpa) <SUICIDE>"
        r"|<SUICIDE> (?:squad|doors?|drills?|runs?|sprints?|shuttles?|lane|lanes|mission"
        r"|missions|bomber|bombers|bombing|bombings|attack|attacks|vest|king|kings|blonde"
        r"|squeeze|burn|pass|wings?|hot wings|sauce|clause|forest|girls|silence|jump)"
        r"|(?:ran|run|running|do|doing|did|does) suicides",
        "idiom",
    ),
    Benign(
        "idiom.reckless_suicidal",
        r"(?:would be|d be|is|s|its|it s|seems|sounds|was|be|looks|felt) (?:absolutely "
        r"|totally |completely |basically |pretty much |practically |kind of |a bit |just )?"
        r"<SUICIDAL> (?:to|for (?:the|a|my|our|your|his|her) (?:team|career|business|company"
        r"|party|campaign|brand|chances)|in this (?:weather|snow|traffic)|move|idea|pace|plan"
        r"|driving|decision|strategy|tactic)",
        "idiom",
    ),
    Benign(
        "idiom.die_of",
        r"die(?:d)? (?:of|from|with) (?:embarrassment|shame|boredom|laughter|laughing|cringe"
        r"|happiness|joy|excitement|anticipation|curiosity|envy|jealousy|thirst|hunger|heat"
        r"|cuteness|old age|natural causes|fright|suspense|dignity|my boots on|a smile)"
        r"|die(?:d)? laughing|die(?:d)? (?:a )?little inside"
        r"|to die for(?=$|[.!?,;:]| (?:and|but|lol|honestly|tbh|omg|though|haha|though)\b)"
        r"|(?:can|could|will|would|now i can|i can) (?:now |finally )?die (?:happy|a happy"
        r" (?:man|woman|person)|content|satisfied|in peace now|now)"
        r"|hills? (?:i |we )?(?:want to |would |will |am willing to |d |m willing to "
        r"|m going to |am going to |to )?die on|die on (?:this|that) hill"
        r"|die for (?:a|my|the|this|that|you|him|her|them|love|it|these|those|our|his)"
        r"\b(?! (?:real|good))"
        r"|(?:want|wanna|wish|hope|id like|i d like|would like|prefer|ready) to die (?:old|an old"
        r"|happy"
        r"|a happy|rich|at (?:a ripe|an old|home surrounded|\d{2,3}|ninety|a hundred)"
        r"|peacefully (?:in my sleep )?(?:at|when|surrounded|of old)|surrounded by|in my sleep"
        r" at|before my (?:kids|children)|first so|with my boots|on stage|doing what i love"
        r"|in (?:a|the) (?:battle|war|fight)|a hero|a legend|young and beautiful)"
        r"|when (?:my|the) time comes|live fast die young|die trying|or die trying"
        r"|die (?:\w+ ){0,4}at (?:\d{2,3}|ninety|a hundred|a ripe old age)"
        r"|die (?:\w+ ){0,4}(?:of|in) old age|hope i die before i get old"
        r"|(?:wanted|want|wanna|wished i could|wish i could) (?:to )?(?:just )?(?:disappear|vanish"
        r"|die|sink into the floor)(?: \w+){0,3} (?:when|after|because) (?:i|he|she|they|everyone"
        r"|my \w+)(?: \w+){0,2} (?:tripped|fell over|spilled|spilt|dropped|forgot my lines|walked"
        r" in on|farted|burped|mispronounced|waved at)"
        r"|(?:embarrassed|mortified|cringe|cringing|cringed|awkward)(?: \w+){0,3} (?:i )?(?:want"
        r"|wanted|wanna|could|just want|just wanted)(?: to)? (?:just )?die"
        r"|(?:going to|gonna|will|ll|destined to|bound to|always|probably|doomed to) die alone"
        r"|(?:gonna|going to|will|ll) die (?:of|from|if|when|before|waiting)"
        # "so bored i could die", "so embarrassed that i could have died": a feeling so strong
        r"|so (?:bored|embarrassed|mortified|hungry|happy|full|jealous|tired|hot|cold|thirsty"
        r"|excited|proud|relieved|stuffed|awkward|cringey|in love)(?: that)? i (?:could|would"
        r"|couldve|could have|could ve|wanted to|want to|thought id|thought i would)"
        r" (?:just )?(?:die|have died|died)",
        "idiom",
    ),
    Benign(
        "idiom.kill_self_effort",
        r"(?:kill|killing|killed|kills) " + _WHO_SELF + r" (?:laughing|with laughter|at (?:work"
        r"|the gym|training|practice|the office)|over (?:this|it|that|the|a|nothing|work|exams"
        r"|my|some)|for (?:this|that|a|the|nothing|my) (?:job|company|grade|exam|project"
        r"|deadline|boss|degree|team|clients?|customers?)|to (?:finish|meet|get|make|hit|keep"
        r"|pass|please|impress|prove|be perfect|earn|afford|hit)|trying to|working|at work"
        r"|on (?:the|that|this) (?:ice|stairs|ladder|bike|trampoline|hill|treadmill|bike)"
        r"|doing (?:sit ups|squats|cardio|burpees|overtime|this|that|homework|the)|in the gym"
        r"|with (?:work|exercise|training|overtime|studying|revision))"
        r"|(?:nearly|almost|practically|could have|couldve|could ve|basically) (?:killed|kill)"
        r" (?:my|him|her|them|your)?(?:self|selves) (?:on|tripping|falling|slipping|with the"
        r"|when i (?:tripped|fell|slipped)|in the (?:kitchen|bath|shower|car park)|getting"
        r"|trying to (?:carry|lift|reach|get)|running for|carrying|laughing)"
        r"|kmsl",
        "idiom",
    ),
    Benign(
        "idiom.in_work",
        r"(?:drown|drowning|drowned|bury|burying|buried|lose|losing|lost|throw|throwing|threw)"
        r" " + _WHO_SELF + r" in(?:to)? (?!(?:the )?(?:river|sea|lake|bath|bathtub|tub|ocean"
        r"|canal|water|pool|waves))(?:my |the |a |some )?(?:work|paperwork|emails|admin|books"
        r"|study|studying|coffee|tea|tears|sorrow|self pity|chores|tv|netflix|games|music"
        r"|projects?|debt|hobbies|exercise|the gym|wine|revision|housework|cleaning)",
        "idiom",
    ),
    Benign(
        "idiom.shoot_foot",
        r"(?:shot|shoot|shooting|shoots) " + _WHO_SELF + r" in the foot",
        "idiom",
    ),
    Benign(
        "idiom.beat_self_up",
        r"(?:beat|beating|beats|beaten) " + _WHO_SELF + r" up|(?:hit|hitting|slap|slapping"
        r"|kick|kicking) " + _WHO_SELF + r" (?:over the head|for (?:not|forgetting|missing"
        r"|saying|being))",
        "idiom",
    ),
    Benign(
        "accident.head_against_wall_idiom",
        r"(?:bang|banging|banged|bash|bashing|bashed|hit|hitting) (?:my|our|your|his|her)"
        r" heads? (?:against|on|off) (?:a|the) (?:brick |stone |proverbial )?wall",
        "accident",
    ),
    Benign(
        "idiom.could_slap_myself",
        r"(?:could|should|wanted to|want to|gonna|going to|ready to|can) (?:just )?(?:slap|kick"
        r"|smack|hit|punch|strangle) (?:myself|me) (?:for|because|when|over|right now for)"
        r"|pinch (?:myself|me)|(?:bit|bite|biting) my (?:tongue|lip|nails)",
        "idiom",
    ),
    Benign(
        "idiom.burn_out",
        r"(?:burn|burned|burnt|burning|burns) " + _WHO_SELF + r" out|burn(?:ed|t|ing)? out",
        "idiom",
    ),
    Benign(
        "idiom.cut_slack",
        r"cut " + _WHO_SELF + r" (?:some slack|a (?:break|slice|piece|bit|deal)|off from"
        r"|out of|short|loose|free|back on|down to size|in|into)"
        r"|cut (?:myself|me) off|cut me (?:some |a little )?slack|cut me a (?:break|deal)",
        "idiom",
    ),
    Benign(
        "idiom.take_life_back",
        r"(?:take|taking|took|taken) (?:back )?my (?:own )?life (?:back|in(?:to)? my (?:own )?"
        r"hands|in a (?:new|different) direction)|take back my life|taking back my life",
        "idiom",
    ),
    Benign(
        "idiom.end_it_with",
        r"end(?:ing|ed)? (?:it|things|everything) (?:with|between) (?:him|her|them|my|you|us|the"
        r"|this)|lets end it (?:here|there|now|on)",
        "idiom",
    ),
    Benign(
        "idiom.jump_off_bridge",
        r"(?:if|when) (?:all )?(?:your|my|his|her|their) friends? (?:jumped|jump|jumps|were"
        r" jumping) off (?:a|the) (?:bridge|cliff)|(?:would|will|did) you (?:also )?jump off"
        r" (?:a|the) (?:bridge|cliff)|(?:go|go and|should|can) (?:go )?jump off (?:a|the)"
        r" (?:bridge|cliff)|tell(?:s|ing)? (?:me|you|him|her|them) to (?:go )?jump off (?:a|the)"
        r" (?:bridge|cliff)",
        "idiom",
    ),
    Benign(
        "everyday.jump_into_water",
        r"(?:jump|jumping|jumped|dive|diving|dived|dove|leap|leapt|leaping) (?:off|from) (?:a |the"
        r" |that |this |our )?(?:\w+ ){0,2}(?:bridge|cliff|cliffs|rocks?|pier|jetty|dock|boat"
        r"|ledge|balcony|roof|window|wall)(?: \w+){0,3} (?:into (?:the|a) (?:water|river|lake"
        r"|sea|pool|ocean|canal|quarry|harbou?r|pond|waves|snow|hay)|bungee|for fun|on a dare"
        r"|with (?:my )?friends|as kids|when we were (?:kids|young|teens)|in the summer"
        r"|parachut\w*|skydiv\w*|base jump\w*|zip ?lin\w*|onto (?:the|a) (?:trampoline"
        r"|mattress|sofa|bed|crash mat))"
        r"|(?:bungee|base) jump\w*|(?:cat|dog|kitten|puppy|squirrel) (?:jumped|jumps|leapt) off",
        "everyday",
    ),
    Benign(
        "everyday.distance",
        r"(?:\d+(?:\.\d+)?|a few|few|many|several|some|couple of|hundreds? of|thousands? of|ten"
        r"|five|twenty|fifty|hundred|thousand) ?kms?"
        r"|kms (?:away|from|to|of|per|an hour|a day|long|north|south|east|west|further|more"
        r"|left|run|ran|walk|walked|drive|drove|ride|rode|bike|biked|hike|hiked|on the|in|today"
        r"|this (?:week|morning|month)|behind|ahead|down the road)",
        "everyday",
    ),
    Benign(
        "idiom.overdose_on",
        r"overdos(?:e|ed|ing|es)? on (?:caffeine|coffee|sugar|chocolate|candy|sweets|netflix"
        r"|tv|carbs|cuteness|energy drinks|red bull|hot sauce|cheese|cake|vitamin \w+|love|work"
        r"|social media|drama|pizza|tea|memes|cat videos|sunshine|nostalgia|kindness|reality"
        r"|true crime|anime|k dramas|romcoms|christmas|cookies|garlic|glitter|pink|salt"
        r"|pepper|chilli|chili|spice|spices|butter|cream|seasoning|herbs|lemon|vinegar|paprika"
        r"|cumin|cinnamon|ginger)"
        r"|(?:caffeine|sugar|cuteness|information|data|carb|chocolate|serotonin|dopamine"
        r"|vitamin|netflix|drama|content|nostalgia|cheese|pun|meme) overdose",
        "idiom",
    ),
    Benign(
        "idiom.rope",
        r"(?:jump|jumping|skipping|skip|climbing|tow|towing|tug of war|tightrope|swing) ropes?"
        r"|ropes? (?:course|swing|bridge|ladder|lights|toy)|(?:learn|learning|learned|learnt"
        r"|know|knows|show (?:me|you|him|her|them)|teach (?:me|you|him|her|them)) the ropes"
        r"|on the ropes|roped (?:in|into)|rope (?:him|her|them|me|you|everyone|people) in"
        r"|rope (?:in|into) (?:him|her|them|me|you|everyone|some|a few|people|my (?:friends"
        r"|mates|sister|brother|partner))|end of my rope",
        "idiom",
    ),
    Benign(
        "idiom.goodbye_events",
        r"(?:goodbye|farewell) (?:party|parties|drinks|do|card|cards|gift|present|lunch|dinner"
        r"|speech|hug|hugs|kiss|tour|concert|season|match|game|bash|brunch|barbecue|bbq"
        r"|celebration)"
        r"|(?:goodbye|farewell) (?:emails?|messages?|posts?|videos?|letters?|notes?) (?:for|to|at)"
        r" (?:my |the |our |a )?(?:colleague|colleagues|team|boss|coworker|coworkers|office"
        r"|work|class|teacher|neighbours|neighbors|manager|students|pupils|followers"
        r"|subscribers|job|company|fans|retirement)|(?:leaving|retirement|going away|farewell)"
        r" (?:party|do|drinks|card|email|message|speech)",
        "everyday",
    ),
    Benign(
        "everyday.away_from_work",
        r"(?:wont|will not|not going to|not gonna) be (?:around|here|in|at work|online"
        r"|available|reachable)(?: \w+){0,4}(?:,? (?:because|since|as|cause|cuz|while)|,)"
        r" (?:im|i am|i will be|ill be|i m|we are|were|i ll be) (?:on|at|in|away|travelling"
        r"|traveling|visiting|seeing|staying|working|moving|going|flying|off|out)",
        "everyday",
    ),
    Benign(
        "accident.hurt_self",
        r"(?:hurt|hurting|injured|injuring|cut|cutting|burned|burnt|burning|burn|scalded"
        r"|bruised|scraped|scratched|stabbed|nicked|grazed|banged|bumped|hit|cuts|hurts"
        r"|sliced|slicing) (?:myself|my (?:hand|hands|finger|fingers|thumb|arm|arms|leg|legs"
        r"|knee|knees|ankle|back|foot|feet|wrist|wrists|head|lip|tongue|face|shin|elbow|toe"
        r"|toes|skin|thigh|palm)) (?:badly |slightly |a bit |a little |pretty badly |really "
        r"badly |quite badly |again |today |yesterday )?(?:shaving|chopping|slicing|cooking"
        r"|baking|gardening|ironing|cleaning|playing|lifting|running|skiing|snowboarding"
        r"|climbing|cycling|biking|skating|skateboarding|training|exercising|working out"
        r"|dancing|hiking|falling|tripping|slipping|moving|carrying|opening|closing|reaching"
        r"|unpacking|fixing|doing (?:diy|the dishes|yoga|pilates)|at (?:the )?(?:gym|work"
        r"|practice|training|football|soccer|rugby|netball|the park|the beach|the pool"
        r"|hockey)|during (?:practice|training|the game|the match|football|a game|a match"
        r"|class|yoga|pilates)|while|when i (?:fell|tripped|slipped|was)|on (?!purpose)"
        r"(?:a|an|the|some|my|broken|glass|paper|metal|ice|barbed)|in (?:the|a) (?:kitchen"
        r"|garden|game|match|accident|fall|crash|gym)|with (?:a|the|my) (?:saw|tool|tools"
        r"|iron|kettle|pan|oven|stove|hot|drill|hammer|lawnmower|mandoline|grater|peeler|tin"
        r"|can|curling iron|straighteners|tray|chisel)|by accident|accidentally|the other day"
        r" (?:at|playing|on)|laughing|sneezing|coughing)",
        "accident",
    ),
    Benign(
        "accident.adverb_first",
        r"(?:accidentally|by accident|clumsily|stupidly|nearly|almost) (?:hurt|cut|burned|burnt"
        r"|scalded|stabbed|nicked|sliced|scratched|hit|injured) (?:myself|my \w+)",
        "accident",
    ),
    Benign(
        "accident.burn_on",
        r"(?:burn|burned|burnt|burning|scald|scalded) (?:myself|my (?:hand|hands|arm|finger"
        r"|fingers|tongue|skin|mouth|leg|legs|thighs?|feet|foot|back|neck|face|lips?|wrist"
        r"|thumb)) (?:on|with|from|taking|getting|making"
        r"|grabbing) (?:the |a |an |some |my |hot )?(?:stove|oven|hob|pan|pot|iron|kettle|tea"
        r"|coffee|soup|water|tray|grill|bbq|barbecue|toaster|candle wax|curling|straightener"
        r"|hair|radiator|fire|campfire|steam|oil|sun|sauce|plate|cooker|pizza|dinner|cake"
        r"|cookies|hot chocolate|exhaust|engine|car seat|seat|seatbelt|seat belt|steering wheel"
        r"|hot tap|tap|shower|bath|sand|pavement|slide|kettle steam)|(?:got|get) (?:sun)?burnt"
        r"|sunburn\w*",
        "accident",
    ),
    Benign(
        "accident.third_party_child",
        r"(?:son|daughter|kid|kids|baby|toddler|child|children|dog|cat|puppy|boy|girl|nephew"
        r"|niece|grandson|granddaughter|he|she|hes|shes)(?: \w+){0,2} (?:hurt|cut|burned|burnt"
        r"|scratched|bumped|injured|bit|hit) (?:himself|herself|themselves|itself)",
        "accident",
    ),
    Benign(
        "accident.hit_head_on",
        r"(?:hit|bumped|banged|bashed|smacked) my head (?:on|against) (?:the|a) (?:cupboard"
        r"|door|shelf|ceiling|car|table|desk|frame|corner|low|beam|cabinet|headboard|wall when"
        r"|sink|window|bunk)",
        "accident",
    ),
    Benign(
        "idiom.hang_out",
        r"hang(?:ing)? (?:myself|me) (?:out to dry|up on)|hanging by a thread|hang in there",
        "idiom",
    ),
    Benign(
        "everyday.dont_want_to_live_somewhere",
        r"(?:dont|do not|never) (?:want|wanna) to (?:live|be) (?:here|there) (?:\w+ )?(?:in|at"
        r"|with|because|since|when|if)\b",
        "everyday",
    ),
    Benign(
        "everyday.dont_want_to_be_here_event",
        r"(?:dont|do not|didnt) (?:want|wanna) to be here(?:[ ,]+\w+){0,6}[ ,]+(?:party|meeting"
        r"|class"
        r"|lecture|office|work|wedding|event|concert|bar|club|dinner|queue|line|traffic|airport"
        r"|dentist|gym|school|shift|conference|gathering|christmas|lesson|seminar|interview"
        r"|hospital waiting room|waiting room)",
        "everyday",
    ),
    Benign(
        "everyday.financial_burden",
        r"burden(?: \w+){0,5} financially|financial burden|financially a burden"
        r"|burden (?:on|to) the (?:group|team|chat|group chat|project|budget|system|taxpayer|nhs)",
        "everyday",
    ),
    Benign(
        "everyday.leaving_job",
        r"(?:wont|will not|not going to|not gonna) be (?:around|here)(?: \w+){0,3} (?:at|in|on)"
        r" (?:this|the|my) (?:company|job|office|team|school|city|town|flat|house|club|place|area"
        r"|country|firm|project|course)",
        "everyday",
    ),
    Benign(
        "idiom.cant_go_on_about",
        r"(?:cant|cannot|can not) go on (?:about|and on|holiday|vacation|a date|the trip"
        r"|that ride|the ride|tour|stage|air|like that about)",
        "idiom",
    ),
    Benign(
        "idiom.suicide_is_not_the_answer",
        r"<SUICIDE> (?:is|isnt|is not|s) (?:never|not) (?:the|an) (?:answer|option|solution"
        r"|way)",
        "idiom",
    ),
    Benign(
        "idiom.so_catchy_i_could_die",
        r"(?:makes|made|make|making) me (?:want to|wanna) die(?: \w+){0,3}?,? (?:its|it s|it was"
        r"|so|because|cause|lol|haha|lmao)(?: \w+)? (?:so |too )?(?:catchy|cringe|cringey|cute"
        r"|awkward|embarrassing|funny|hilarious|bad|good|dramatic)",
        "idiom",
    ),
    Benign(
        "everyday.gone_by_the_time",
        r"(?:gone|out|at (?:the )?\w+|in bed|asleep) by the time (?:you|they|he|she|mum|mom|dad)"
        r" (?:get|gets|wake|wakes) (?:home|back|up|in)[ ,]+(?:\w+ ){0,3}?(?:gym|work|shop|shops"
        r"|school|class|meeting|appointment|practice|training|football|pub|errands?|shift)",
        "everyday",
    ),
    Benign(
        "idiom.will_kill_me",
        r"(?:mum|mom|dad|parents|boss|wife|husband|teacher|coach|she|he|they|it|this)"
        r"(?: is| are)? (?:going to|gonna|will|ll) (?:literally )?kill me",
        "idiom",
    ),
    # Round 10: a wish about a time of day or an event, not about living.
    Benign(
        "everyday.until_a_time",
        r"(?:wake up|exist|sleep forever|rest forever|sleep|rest)(?: up)? (?:at|till|until|til"
        r"|before|by|on) (?:\d+|noon|midday|lunch|lunchtime|mondays?|sundays?|saturdays?"
        r"|weekends?|this (?:beach|sofa|couch|bed)|the (?:beach|weekend)|\w+ ?am"
        r"|\w+ ?pm|\w+ mornings?)",
        "everyday",
    ),
    Benign(
        "everyday.complaint_after_comma",
        r"(?:stop|be over|be here|leave this|make it stop)[.,]? (?:this|that|the) (?:song|noise"
        r"|music|alarm|baby|dog|tune|party|meeting|queue|class|lecture|event|wedding|exam"
        r"|week|season|term|semester|winter|shift|job|place|town|city|company|house|flat"
        r"|relationship)|leave this (?:job|place|town|city|company|house|flat|party|meeting"
        r"|relationship|team|country)",
        "everyday",
    ),
    Benign(
        "everyday.small_burden",
        r"(?:a bit of a|a little|a small|bit of a) burden (?:on|to) (?:\w+ ){1,2}while (?:my|i)",
        "everyday",
    ),
    Benign(
        "everyday.without_me_doing",
        r"without me (?:singing|talking|complaining|snoring|nagging|moaning|whistling|humming"
        r"|around to (?:nag|moan|complain))|hear me (?:complain|moan|whine|talk|say|mention|go on"
        r"|sing|rant)",
        "everyday",
    ),
    Benign(
        "everyday.affairs_for_an_event",
        r"affairs in order (?:before|for) (?:the|my) (?:surgery|operation|trip|move|holiday"
        r"|travels?|procedure|op|deployment|posting)",
        "everyday",
    ),
    Benign(
        "everyday.truism_not_forever",
        r"<WONT> be around forever|overdose of (?:sugar|caffeine|coffee|chocolate|sweets"
        r"|cuteness|fun|information|drama|sun|sunshine|nostalgia)|(?:goodbye|bye) forever,? (?:old"
        r"|my|you) \w+",
        "everyday",
    ),
    Benign(
        "accident.sport_or_animal",
        r"hurt (?:myself|my \w+) (?:diving|falling|playing|running|lifting|training|skiing"
        r"|climbing|tackling|sliding|jumping|at (?:football|netball|rugby|hockey|the gym|work"
        r"|training|practice))|(?:cat|dog|kitten|puppy|hamster|horse|parrot|rabbit|toddler"
        r"|baby) (?:bit|scratched|bitten|nipped|clawed) my <BODY>",
        "accident",
    ),
    Benign(
        "everyday.for_a_project",
        r"(?:research|researching|researched|looked up|looking up|reading about)(?: \w+){0,4}"
        r" for (?:my|a|the|our) (?:school |uni |university |college |history |geography )?"
        r"(?:project|essay|homework|assignment|class|course|thesis|article|dissertation)",
        "everyday",
    ),
    Benign(
        "everyday.end_of_an_event",
        r"(?:waiting|wait) for the end of the (?:film|movie|show|match|game|book|episode|season"
        r"|day|week|term|queue|meeting|shift|lesson|lecture)|stop breathing so (?:loudly|loud"
        r"|heavily|hard)|razor (?:in|for) my (?:wash ?bag|toiletry bag|bathroom|shower)",
        "everyday",
    ),
    Benign(
        "everyday.rope_for_camping",
        r"rope and (?:some )?(?:pegs|stakes|tent|tarp|carabiners|a tent)",
        "everyday",
    ),
    Benign(
        "idiom.one_more_meeting",
        r"(?:if i have to|one more|another)(?: \w+){0,10},? (?:im gonna|im going to|i m going to"
        r"|ill|i will|i ll|i swear ill|i swear i will|i might) (?:just )?(?:throw myself|jump)"
        r" (?:out (?:of )?(?:the|a) window|off (?:the|a) (?:roof|balcony|bridge))"
        r"|(?:if i (?:have to|hear|see|get)|one more)(?: \w+){0,10},? (?:im gonna|im going to"
        r"|i m going to|ill|i will|i ll|i swear ill|i swear i will|i might) (?:just )?shoot myself"
        r"(?= ?$| ?[.!?,;]| (?:lol|haha|lmao|omg|tbh)\b)",
        "idiom",
    ),
    Benign(
        "idiom.could_die_embarrassed",
        r"i could (?:just |literally |actually )?die(?:\W+\w+){0,2}\W+(?:i|she|he|they|my \w+)"
        r" (?:just )?(?:sent|said|called|texted|walked in|tripped|fell|forgot|spilled|spilt|wore"
        r"|liked|replied|saw|waved|farted|burped)",
        "idiom",
    ),
    Benign(
        "everyday.dispensed",
        r"(?:pharmacist|chemist|nurse|carer|doctor|gp|pharmacy) (?:\w+ ){0,2}(?:counted|sorted"
        r"|put|packed|dispensed|gave|bagged|labelled)(?: out| up)? (?:my |the |all my )?(?:pills"
        r"|tablets|meds|medication|prescription)",
        "everyday",
    ),
    Benign(
        "everyday.leaving_do",
        r"(?:last day (?:at|of) (?:work|school|uni|college|the office|the job|my job|term)"
        r"|leaving (?:do|drinks|party|card|lunch)|farewell (?:party|do|drinks|lunch)|moving (?:day"
        r"|house|away|abroad|out)|end of term)(?: \w+){0,8},? (?:said |saying |say |to say )?"
        r"(?:goodbye|good bye|bye|farewell)s? to (?:everyone|everybody|all|the team|my \w+)",
        "everyday",
    ),
)

# If a sentence says the act was deliberate, an "accident" benign rule does not apply.
OVERRIDE_ACCIDENT = (
    r"\b(?:on purpose|deliberately|intentionally|purposely|to feel|to punish|because i (?:deserve"
    r"|wanted|needed|hate)|so i could feel|so i would feel|wanted to feel|until (?:it|i|they"
    r"|my \w+) (?:bled|bleed|bleeds)|again and again|to make (?:it|the pain) stop|to cope"
    r"|urge|urges|relapse\w*|when (?:im|i am|i get|i feel) (?:angry|upset|sad|overwhelmed|anxious"
    r"|numb|panicky|stressed)|(?:leave|left|leaves|leaving) (?:a )?bruises?|(?:until|till|til)"
    r" (?:it|i|they|my \w+) (?:hurt|hurts|bleed\w*|bled|bruise\w*|see stars|saw stars"
    r"|(?:feel|felt|get|got|go|went) dizzy)"
    r"|(?:until|till|til) (?:it|everything|my head|the noise|the thoughts|the voices) (?:goes|go"
    r"|went|gets|got) (?:quiet|silent|numb|still)"
    r"|when (?:the )?(?:panic|anger|rage|shame|pain|voices|thoughts) (?:gets?|got|is|was)"
    r" (?:too )?(?:bad|loud|much|strong))\b"
)
