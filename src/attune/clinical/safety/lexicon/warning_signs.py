"""Warning signs written without death words: preparation, timing, concealment, aborted acts.

People near an attempt often describe what they are *doing* rather than what they want:
rehoming a pet "for good", cancelling appointments they "won't be needing", testing a knot,
choosing a night when nobody is home, hiding cuts behind a cover story. The Columbia
Suicide Severity Rating Scale counts such preparatory behaviour and aborted or interrupted
attempts as suicidal behaviour in their own right (Posner et al. 2011), and non-suicidal
self-injury is often concealed. These rules were written in round 11 from the kinds of
statement that blind phrase sets showed the other rules missing (not from their wording);
each has everyday counterparts in ``tests/test_warning_signs.py``.
"""

from __future__ import annotations

from attune.clinical.safety.lexicon.base import FW, PI, PM, SH, SI, Rule

_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow"
    r"|(?:this|next) (?:weekend|week)|the weekend)(?: (?:night|morning|evening))?"
)
_END = r"(?=$|[.!?,;:)]| (?:and|but|so|then|lol|haha|tbh)\b)"
_INJURIES = r"(?:cuts|scars|marks|burns|bruises|scratches|scabs|wounds|lines)"
_COVER = (
    r"(?:the|my|a|an|our) (?:\w+ )?(?:cat|cats|kitten|dog|puppy|accident|kitchen accident"
    r"|rose bush|roses|brambles|gardening|fence|bike|climbing|surgery|operation)"
)
_AWAY_AT = r"at (?:\w+ )?(?:dads|mums|moms|nans|grans|school|nursery)"
_ALONE = (
    r"(?:away|empty|out|asleep|gone|at work|on nights|on holiday|(?:nobody|no one|noone)"
    r"(?:s| is| will be|ll be)? (?:home|in|around|about|there|in the house))"
)
_PET_WORDS = r"cat|cats|dog|dogs|pets?|kitten|puppy|rabbit|rabbits|budgie|hamster|fish|tortoise"
_PET = "(?:" + _PET_WORDS + ")"
_LIGATURE = r"(?:belt|rope|cord|cable|scarf|ligature|knot|noose|tie|dressing gown cord|lead)"
_ANCHOR_POINT = (
    r"(?:banister|bannister|beam|rafter|rafters|loft hatch|door|doorframe|door frame|wardrobe"
    r"|rail|pipe|hook|tree|branch|stairs|staircase|light fitting|curtain pole)"
)

WARNING_SIGNS: tuple[Rule, ...] = (
    # Self-harm: slang, concealment, injury beyond frustration --------------------------
    Rule(
        "ws.sh_slang_verb",
        SH,
        "high",
        r"(?:^|\bi |\bjust |\bfinally |\band |\bso )(?:shd|sh d|shed|shing)"
        r" (?:again|last night|tonight|today|this morning|yesterday|deeper|deep|for the first"
        r" time|after \w+ (?:days|weeks|months))",
    ),
    Rule(
        "ws.sh_barcode",
        SH,
        "high",
        r"barcode[sd]? (?:on|up|down|across|all over|covering) my (?:own )?<BODY>"
        r"|my <BODY> (?:is|are|looks?|look) (?:like )?(?:a )?barcode",
    ),
    Rule(
        "ws.sh_cover_story",
        SH,
        "high",
        r"(?:said|say|saying|told \w+(?: \w+)?|tell \w+(?: \w+)?|telling \w+(?: \w+)?)"
        r" (?:that )?(?:it was|they were|its|theyre|they are|the " + _INJURIES + r" (?:are|were)"
        r"|my "
        + _INJURIES
        + r" (?:are|were)) (?:from )?"
        + _COVER
        + r"(?: \w+){0,6}?[.,;!]? (?:but )?(?:it|they) (?:wasnt|werent|was not|were not"
        r"|wasnt really|werent really)"
        r"|(?:it was|blamed|blame) " + _COVER + r" but (?:it was|really it was|actually it was)"
        r" (?:me|my(?:self)?)\b",
    ),
    Rule(
        "ws.sh_fell_but_did_it",
        SH,
        "high",
        r"(?:said|say|told \w+(?: \w+)?|tell \w+(?: \w+)?)(?: that)? i (?:fell|tripped|slipped"
        r"|walked into \w+|burned it cooking|caught it on \w+|had an accident)(?: \w+){0,3},?"
        r" but (?:really |actually |honestly |in fact )?(?:i did it|it was me"
        r"|i did (?:it|this|them) (?:to )?myself)",
    ),
    Rule(
        "ws.sh_cleaned_blood",
        SH,
        "high",
        r"(?:clean(?:ed|ing)?|scrub(?:bed|bing)?|wipe[ds]?|wiping|mop(?:ped|ping)?) (?:up )?"
        r"(?:the |all the |my )?blood(?: off (?:the|my) \w+(?: \w+)?)? (?:before|so (?:no one"
        r"|nobody|they|he|she|mum|mom|dad))",
    ),
    Rule(
        "ws.sh_hid_dressings",
        SH,
        "possible",
        r"(?:hid|hide|hiding|hidden|stash|stashed) (?:the |my |all the |a box of )?(?:plasters"
        r"|bandages|blades|razor blades|dressings|steri strips|gauze|butterfly stitches)"
        r"(?= (?:so|again|in my|under my|from my (?:partner|husband|wife|boyfriend|girlfriend|mum"
        r"|mom|dad|parents|flatmate|roommate))\b)",
    ),
    Rule(
        "ws.pm_crashed_on_purpose",
        PM,
        "high",
        r"(?:drove|crashed|steered|swerved|aimed|drive|crash|steer|swerve) (?:my car |the car"
        r" |my bike )?into (?:a|the) (?:barrier|wall|tree|lamp post|lamppost|bridge|pillar|central"
        r" reservation|lorry|truck|oncoming \w+|river|ditch) (?:on purpose|deliberately"
        r"|intentionally)",
    ),
    Rule(
        "ws.sh_hurting_my_body",
        SH,
        "possible",
        r"(?:started|start|been|keep|kept) (?:hurting|harming|punishing|cutting|burning) (?:it"
        r"|my body|my skin)(?=$|[.!?,;:])"
        r"|(?:plasters|bandages|dressings)(?: \w+){0,2} (?:and|with) (?:long sleeves|a long"
        r" sleeved|concealer)",
    ),
    Rule(
        "ws.pm_tried_it_nobody_knows",
        PM,
        "high",
        r"tried it (?:last|in|on|back in) (?:\w+ ){0,2}(?:week|month|year|night|weekend|january"
        r"|february|march|april|may|june|july|august|september|october|november|december)"
        r"\W+(?:and )?(?:nobody|no one|noone) knows",
    ),
    Rule(
        "ws.sh_hiding_story",
        SH,
        "possible",
        r"(?:tell|told|telling|say|said) (?:people|everyone|everybody|them|work|my \w+"
        r"|the (?:nurse|doctor|gp|teacher))(?: that)? (?:the|my) "
        + _INJURIES
        + r"(?: on my (?:own )?<BODY>)? (?:are|were|came) from "
        + _COVER,
    ),
    Rule(
        "ws.sh_head_banging",
        SH,
        "high",
        r"(?:bang|banging|banged|hit|hitting|smash|smashing|smashed|slam|slamming|slammed)"
        r" my head (?:against|on|into) (?:the |a )?(?:wall|floor|door|desk|table|mirror)"
        r"(?: \w+){0,3} (?:until|till|til|so hard|hard enough)"
        r" (?:i|it|my|there)(?: \w+){0,2} (?:see stars|saw stars|feel dizzy|felt dizzy|bled"
        r"|bleeds|bleed|bruised"
        r"|bruises|bruise|split|hurt|dizzy|went dizzy|blacked out|black out|passed out)",
    ),
    Rule(
        "ws.sh_until_quiet",
        SH,
        "high",
        r"(?:bang|banging|banged|hit|hitting|smash|smashing|punch|punching|punched|scratch"
        r"|scratching|scratched|pinch|pinching|burn|burning) (?:my (?:head|arms?|legs?|thighs?"
        r"|skin|face|wrists?)|myself)(?: \w+){0,4} (?:until|till|til) (?:it|everything|my head"
        r"|the noise|the thoughts|the voices|my brain) (?:goes|go|went|gets|got|is) (?:quiet"
        r"|silent|numb|still|away|calm)",
    ),
    Rule(
        "ws.sh_hiding_supplies",
        SH,
        "high",
        r"(?:so|that way) (?:nobody|no one|noone|people|they|anyone|my \w+) (?:asks?|sees?|notices?"
        r"|questions?|finds? out|knows?)(?: \w+){0,3} (?:about )?(?:my|the) (?:arms|wrists|legs"
        r"|thighs|cuts|scars|marks|burns|stomach|hips)",
    ),
    Rule(
        "ws.sh_hit_with_object",
        SH,
        "high",
        r"(?:hit|hitting|punch|punching|punched|smack|smacking|smacked|bash|bashing|bashed|whack"
        r"|whacking|whacked|beat|beating|slap|slapping|slapped) (?:my (?:own )?<BODY>|myself)"
        r" with (?:a|the|my) (?:hammer|belt|hairbrush|brush|book|ruler|shoe|bat|stick|fist"
        r"|spoon|rolling pin|phone|remote)"
        r"(?! (?:by accident|accidentally|when|while))"
        r"|where (?:nobody|no one|noone|people|anyone) (?:can|could|will|would)(?: ever)? see"
        r" (?:the |my )?(?:bruises|marks|cuts|burns|scars|them)(?=$|[.!?,;:])",
    ),
    Rule(
        "ws.sh_marked_where_to_cut",
        SH,
        "high",
        r"(?:marked|marking|drew|drawing|mapped|planned) (?:out )?(?:\w+ ){0,4}where (?:im|i am"
        r"|i m|i will|ill|i ll|im going to|i am going to) (?:going to )?(?:cut|burn|hurt myself)"
        r"(?=$|[.!?,;:]| (?:tonight|later|tomorrow|next|again|deeper)\b)",
    ),
    # Ideation in slang or as a wish for illness -----------------------------------------
    Rule(
        "ws.si_ctb",
        SI,
        "high",
        r"\bctb\b",
    ),
    Rule(
        "ws.si_rope_verb",
        SI,
        "high",
        r"(?:gonna|going to|want to|wanna|will|ill|might|might just|should|ready to|about to"
        r"|thinking (?:about|of)|tempted to|could|just) rope(?: myself)?"
        r"(?=$|[.!?,;:]| (?:tbh|tonight|soon|lol|fr|ngl|honestly|today|now|rn)\b)",
    ),
    Rule(
        "ws.pi_hope_not_survive",
        PI,
        "possible",
        r"(?:hope|hoping|pray|praying|wish|secretly hope|kind of hope|kinda hope|half hope"
        r"|part of me hopes)(?: that)? i (?:dont|do not|wont|never|will not) (?:survive|make it"
        r" through|make it out of|come round from|come around from|come out of|wake up from)",
    ),
    Rule(
        "ws.pi_wish_fatal_illness",
        PI,
        "possible",
        r"(?:pray|praying|prayed|hope|hoping|wish|wishing|secretly hope)(?: that)?"
        r" (?:i(?:ll| will| would|d)? (?:get|catch|develop|be diagnosed with|have)|for)"
        r" (?:something |an illness |a disease |a )?(?:terminal|fatal|incurable|deadly|cancer)",
    ),
    Rule(
        "ws.pi_welcome_death",
        PI,
        "possible",
        r"(?:fine with|ok with|okay with|wouldnt mind|would not mind|happy with|welcome|take)"
        r" (?:a |an )?(?:heart attack|stroke|aneurysm|car crash|fatal accident|plane crash)"
        r"(?=$|[.!?,;:]| (?:at this point|tbh|honestly|right now|tomorrow|tonight)\b)"
        r"|(?:happier|better off|easier|relieved|lighter) (?:\w+ ){0,3}if (?:i|my (?:room|bed"
        r"|chair|seat|desk|place|flat|side of the bed)) (?:was|were) (?:\w+ )?(?:gone|empty"
        r"|not here|dead)(?: for good| forever| permanently)",
    ),
    Rule(
        "ws.pi_only_escape",
        PI,
        "possible",
        r"only (?:escape|way out|option|exit|door|answer)(?: \w+){0,5} is (?:not being (?:here"
        r"|around|alive)|death|dying|to die|ending it|ending things|the one im scared of"
        r"|the one i m scared of)"
        r"|(?:only|just) one way (?:out|to leave|to go|to end it|to escape)(?=$|[.!?;:])",
    ),
    Rule(
        "ws.pi_done_done",
        PI,
        "possible",
        r"(?:unbearable|cant keep (?:carrying|doing|going|holding)|cant do this)(?:\W+\w+){0,6}"
        r"\W+(?:im|i am|i m) (?:done|finished)(?=$|[.!?;:])"
        r"|(?:feeling|feel|im|i am|i m|so|kinda|kind of) (?:\w+ )?done\W+(?:like )?(?:fully"
        r"|completely|totally|properly|actually) done",
    ),
    Rule(
        "ws.pi_not_getting_old",
        PI,
        "possible",
        r"not (?:planning|planning on|going|intending|gonna) (?:on |to )?(?:getting|get|grow"
        r"|growing) old(?= ?$| ?[.!?,;:]| (?:just saying|tbh|lol|haha)\b)"
        r"|(?:might not|wont|will not|dont|do not) (?:need to|have to) worry about (?:my )?"
        r"(?:pension|retirement|old age|getting old|next year|the future)"
        r"(?= ?$| ?[.!?;:]| (?:lol|haha)\b)"
        r"|(?:id|i d|i would) rather (?:go|die|be gone|be dead) (?:now|today|tonight|early|sooner)"
        r" than (?:rot|suffer|linger|waste away|decline|end up|get old|grow old|be alone|live like"
        r" this|keep)",
    ),
    Rule(
        "ws.pi_traffic_wish",
        PI,
        "possible",
        r"(?:hope|hoping|wish|wishing|pray|praying)(?: that)? (?:someone|somebody|a car|a bus"
        r"|a lorry|a truck|a driver|the car|the bus|something) (?:would |will |d )?(?:swerve"
        r"|crash|drive|plough|run) (?:into|over) me"
        r"|(?:hope|hoping|wish|wishing)(?: that)? (?:the|that|a|next) (?:bus|car|lorry|truck"
        r"|train) (?:doesnt|does not|wont|will not) (?:brake|stop)",
    ),
    Rule(
        "ws.pi_out_of_the_picture",
        PI,
        "possible",
        r"take (?:myself|me) out of (?:the picture|the equation|everyones way|the way)"
        r"(?=$|[.!?,;:]| (?:for good|permanently|forever)\b)"
        r"|before (?:im|i am|i m|i become) (?:fully |completely |totally |even more |more of )?a"
        r" burden",
    ),
    Rule(
        "ws.pi_permanent_kind",
        PI,
        "possible",
        r"(?:nap|sleep|rest|holiday|vacation|break|trip)(?:\W+\w+){0,3}\W+(?:the )?permanent"
        r" (?:kind|one|sort|type)"
        r"|long drop (?:wouldnt|would|will|could|d) fix"
        r"|(?:ctrl|control)\W*alt\W*del(?:ete)? (?:myself|me)|(?:delete|uninstall|unalive) myself"
        r"|(?:waiting|ready|want|wanting|longing|cant wait) to (?:join|be with) (?:them|him|her|my"
        r" (?:late )?(?:wife|husband|mum|mom|dad|parents|son|daughter|partner))"
        r"(?= ?$| ?[.!?,;:]| (?:now|soon|again|in heaven|up there|wherever)\b)"
        r"|(?:want|going|wanna|gonna|like) to cut (?:it|my life|things) short",
    ),
    Rule(
        "ws.pi_heart_stopped",
        PI,
        "possible",
        r"(?:wouldnt mind|would not mind|fine with it|ok with it|hope|wish|pray)(?: if| that)? my"
        r" heart (?:just )?(?:stopped|stops|would stop|gave out|gives out|gave up)"
        r"|better off burying me|(?:want|wanna|wish|long|ready|like) to be (?:in the ground"
        r"|buried|under the ground)(?: next to| with| beside)?"
        r"|(?:id|i d|ill|i ll|i will|i would) be (?:joining|with) (?:her|him|them) (?:soon|again"
        r"|before (?:the |my |our )?\w+|by (?:the |my |our )?\w+)(?= ?$| ?[.!?,;:])"
        r"|(?:easier|better|nicer|tempting) to (?:just )?(?:slip|sink|go) under(?=$|[.!?,;:]"
        r"| (?:and|the water|for good|forever)\b)",
    ),
    Rule(
        "ws.pi_speed_it_up",
        PI,
        "possible",
        r"(?:speeding|speed|hurry|hurrying) (?:that|it|things) (?:up|along)(?:\W+\w+){0,2}?\W+"
        r"(?:for real|honestly|seriously|properly)"
        r"|(?:i want|wanna|want|ready|going|gonna|plan|planning) to kick the bucket"
        r"|my (?:own )?(?:wake|funeral)(?: \w+){0,8} (?:soon|sooner)(?=$|[.!?,;:])",
    ),
    Rule(
        "ws.pi_finishes_me_off",
        PI,
        "possible",
        r"(?:hope|hoping|wish|wishing|pray|praying|maybe)(?: \w+){0,8}"
        r" (?:finishes|finish|finished|kills|kill|takes|take) me (?:off|out)"
        r"(?! (?:for (?:the|a) (?:day|week|night)|at the gym|on the hill))",
    ),
    Rule(
        "ws.pi_never_waking_sounds_nice",
        PI,
        "possible",
        r"(?:never|not) waking (?:up|back up)(?: \w+){0,4} (?:sounds|seems|feels|would be"
        r"|would feel|is) (?:really |so |quite |pretty |kind of |kinda )?(?:nice|good|appealing"
        r"|peaceful|lovely|tempting|like a relief|a relief|amazing|great|better|easier)",
    ),
    Rule(
        "ws.pi_asleep_and_that_is_it",
        PI,
        "possible",
        r"(?:fine with|ok with|okay with|wouldnt mind|would not mind|happy with|like to|want to"
        r"|wish i could|rather) (?:just )?(?:falling|fall|go|going|drifting|drift) (?:to sleep"
        r"|asleep|off)(?: \w+){0,2} and (?:that being it|that be it|thats it|that s it|that is it"
        r"|that was it|it being over|never waking|not waking)",
    ),
    Rule(
        "ws.pi_rather_not_see_it_out",
        PI,
        "possible",
        r"(?:id|i d|i would) (?:much )?rather not (?:see it out|see it through|stick around"
        r"|be around for (?:it|that|the rest)|see the rest|be here for (?:it|that|the rest))",
    ),
    Rule(
        "ws.pi_cant_picture_existing",
        PI,
        "possible",
        r"(?:cant|can not|cannot|can t|couldnt|could not) (?:picture|imagine|see) (?:myself|me)"
        r" (?:still )?(?:existing|alive|being alive|being here|still here"
        r"|living(?! (?:in|with|at|on|abroad|alone|together|near|by the|like|there|somewhere)))"
        r"(?: (?:in|at|by|past|beyond|next|when|for) (?:\w+ ){0,2}(?:years?|months?|christmas"
        r"|birthday|summer|spring|winter|autumn|\d+|time))?" + _END,
    ),
    Rule(
        "ws.pi_except_me_gone",
        PI,
        "possible",
        r"(?:except|other than|apart from|besides|but|only|unless) (?:for )?(?:me )?(?:not being"
        r" (?:here|around|alive)|being gone|being dead|dying|me dying|me gone|ending it(?: all)?"
        r"|ending things|ending my life)(?=$|[.!?,;:])",
    ),
    Rule(
        "ws.pi_one_option_left",
        PI,
        "possible",
        r"(?:theres|there is|there s|i have|ive got|i ve got|only|just) (?:only |just )?one"
        r" (?:option|way out|choice|answer|solution|thing) left" + _END,
    ),
    # Plans, timing and method detail ---------------------------------------------------
    Rule(
        "ws.pm_when_alone",
        PM,
        "high",
        _ALONE + r"(?: \w+){0,4},? (?:is|s|thats|that s|that is|will be|ll be) when"
        r" (?:ill|i will|i ll|im going to|i m going to|im gonna|i am going to)"
        r" (?:do it|end it|go through with it|finally do it|try again)"
        + _END
        + r"|(?:when|once|after) (?:my |the )?(?:\w+ ){0,2}(?:leaves|goes away|is away|has gone"
        r"|goes out|goes to sleep|is asleep|is out|are out|are away|go away|leave)(?: \w+){0,5},?"
        r" (?:im going to|im gonna|i am going to|ill|i will|i m going to) (?:do it|end it"
        r"|go through with it)"
        + _END
        + r"|(?:picked|chosen|chose|set|decided on) (?:a |the )?(?:day|night|date|time|"
        + _DAY
        + r")\W+(?:\w+ ){0,3}(?:everyone|nobody|no one)(?:ll| will be| is| s)? (?:out|away"
        r"|home|around)"
        + r"|(?:planning|plan|going|gonna|decided|want) to (?:do it|end it|go through with it)"
        r" (?:\w+ ){0,4}when (?:\w+ ){0,3}" + _ALONE,
    ),
    Rule(
        "ws.pm_my_window",
        PM,
        "high",
        r"(?:when|once|while|after) (?:\w+ ){1,8}(?:" + _ALONE + "|" + _AWAY_AT + ")"
        r"(?: \w+){0,6},? (?:thats|that s|that is|thatll be|that will be|that ll be)"
        r" (?:my|the) (?:window|chance|moment)(?=$|[.!?;:])",
    ),
    Rule(
        "ws.pm_chosen_height",
        PM,
        "possible",
        r"(?:picked|chosen|chose|found|scouted|decided on|checked out) (?:the )?(?:top floor|roof"
        r"|top storey|top level|highest floor) of (?:the|a) (?:\w+ )?(?:car park|multi storey"
        r"|parking garage|parking structure|tower block)",
    ),
    Rule(
        "ws.pm_goodbye_post",
        FW,
        "high",
        r"(?:posted|sent|wrote|left|put up|put) (?:a |my )?(?:goodbye|farewell)(?: message| post"
        r"| note| video)? (?:on|to|in) (?:insta|instagram|facebook|fb|twitter|tiktok|the group"
        r"|the group chat|socials|my story|snap|snapchat)",
        needs_context=True,
    ),
    Rule(
        "ws.pm_deleted_its_time",
        PM,
        "high",
        r"deleted everything(?: else)?(?:\W+\w+){0,3}\W+(?:its|it s|it is) time(?=$|[.!?,;:])",
        needs_context=True,
    ),
    Rule(
        "ws.pm_day_is_set",
        PM,
        "high",
        _DAY + r"(?:s| s| is) the (?:day|night)(?=$|[.!?;:])",
        needs_context=True,
    ),
    Rule(
        "ws.pm_all_worked_out",
        PM,
        "high",
        r"(?:ive|i have|i ve|got) (?:got )?(?:it|everything) (?:all )?(?:worked out|planned out"
        r"|figured out|planned|sorted)(?=$|[.!?;:])",
        needs_context=True,
    ),
    Rule(
        "ws.pm_plan_set_for",
        PM,
        "possible",
        r"(?:the|my) plan(?: s|s| is) (?:set|on|fixed|locked in|still on) (?:for )?"
        + _DAY
        + r"(?=$|[.!?;:])",
    ),
    Rule(
        "ws.pm_last_alive",
        PM,
        "high",
        r"(?:my|the) (?:last|final) (?:week|weekend|month|christmas|birthday|summer|days|nights"
        r"|week or so) (?:alive|on earth|on this earth|in this world|of my life)",
    ),
    Rule(
        "ws.pm_rehearsal",
        PM,
        "high",
        r"(?:rehearse|rehearsed|rehearsing|practised|practiced|practicing|practising|tried it"
        r"|tested it|run through it|ran through it)(?: \w+){0,12} (?:with|on) (?:the|a|my)"
        r" (?:actual |real )?"
        + _LIGATURE
        + r"|(?:tested|testing|test|tied|tying|tie|checked) (?:the |a |my )?(?:knot|noose|belt"
        r"|rope|cord|scarf)(?: \w+){0,3} (?:on|to|round|around|from|over) (?:the|my|a) "
        + _ANCHOR_POINT,
    ),
    Rule(
        "ws.pm_hoarded_medicine",
        PM,
        "high",
        r"(?:kept|keeping|keep|saved|saving|hid|hidden|hiding|stashed|stashing|held on to"
        r"|holding on to) (?:\w+ ){0,4}(?:morphine|oxycodone|oxy|opioids?|pills|tablets|meds"
        r"|medication|insulin|paracetamol|codeine|tramadol|painkillers|sleeping pills|diazepam"
        r"|antidepressants)(?:\W+\w+){0,12}?\W+(?:for|in case) (?:when|if) (?:i|it|things)"
        r" (?:need|needed|want|decide|get|gets|go|goes)",
    ),
    Rule(
        "ws.pm_timing_trains",
        PM,
        "high",
        r"timing (?:when|how often|how fast) (?:the )?(?:fast |express |freight |non stopping )?"
        r"(?:trains?|ones|lorries|trucks) (?:come|pass|go|run|through)",
    ),
    Rule(
        "ws.pm_practice_run",
        PM,
        "high",
        r"(?:practice run|dry run|trial run|test run|rehearsal)(?: \w+){0,8} (?:go through with it"
        r"|do it for real|it would work|it would hold)",
    ),
    Rule(
        "ws.pm_plan_top_of",
        PM,
        "possible",
        r"(?:my plan is(?: to go)?|im going|i am going|i m going|gonna go|going to go"
        r"|planning to go|i will go|ill go) (?:up )?to the top of (?:the|a) (?:\w+ )?"
        r"(?:car park|multi storey|parking garage|bridge|tower block|cliffs?)",
    ),
    Rule(
        "ws.pm_bought_doing_it",
        PM,
        "high",
        r"(?:bought|got|have|ive got|i ve got) (?:what|everything|all) i need(?! for\b)"
        r"(?:\W+\w+){0,4}\W+"
        r"(?:doing it|do it|going to do it|gonna do it) (?:tomorrow|tonight|today|this weekend"
        r"|on \w+)",
    ),
    Rule(
        "ws.pm_how_and_when",
        PM,
        "high",
        r"(?:written|wrote|worked|planned|figured|mapped) out (?:exactly )?how and when"
        r"(?=$|[.!?,;:]| (?:now|already|its|it s|and)\b)",
    ),
    Rule(
        "ws.pm_found_before_it_worked",
        PM,
        "high",
        r"found me before (?:it|they|the pills|the tablets) (?:worked|was too late|took effect"
        r"|kicked in|could work)",
    ),
    Rule(
        "ws.pm_ultimatum_out",
        PM,
        "high",
        r"(?:if|unless) (?:nothing|things?|it|life) (?:dont |doesnt |do not |does not )?(?:changes?"
        r"|gets? better|improves?)"
        r"(?: \w+){0,4},? (?:im|i am|i m) (?:out|done|gone|checking out)(?=$|[.!?,;:])",
    ),
    Rule(
        "ws.pm_worked_out_dose",
        PM,
        "high",
        r"(?:worked out|figured out|calculated|looked up|know|checked) (?:the|a|what) (?:dose"
        r"|amount|number)(?=$|[.!?,;:]| (?:i need|i d need|id need|needed|it takes|that would"
        r"|that will|to take)\b)",
    ),
    Rule(
        "ws.pm_hose_and_tape",
        PM,
        "high",
        r"(?:hose|hosepipe)(?: \w+){0,3} (?:and|with) (?:duct |gaffer )?tape(?: \w+){0,3}"
        r" (?:for|in) (?:the|my) car",
    ),
    Rule(
        "ws.pm_timed_for_others",
        PM,
        "high",
        r"(?:planning|plan|going|gonna|decided|want) to do it (?:after|before|on|once|when)"
        r" (?:\w+ ){1,4}so (?:it|that it) (?:doesnt|wont|does not|will not) (?:ruin|spoil|wreck"
        r"|upset|affect)",
    ),
    Rule(
        "ws.pm_solve_with_means",
        PM,
        "high",
        r"(?:solve|fix|sort|end) (?:it|this|everything|my problems|the problem) with (?:the|a)"
        r" (?:bridge|rope|pills|train|gun|cliff|tablets)",
    ),
    Rule(
        "ws.pm_liquid_courage",
        PM,
        "high",
        r"(?:drinking|drank|drink|drinks|getting drunk|got drunk)(?: \w+){0,3}"
        r" (?:courage|nerve|guts) to (?:do it|go through with it|end it)",
    ),
    Rule(
        "ws.pm_not_for_the_tent",
        PM,
        "high",
        r"(?:rope|cord|hose|ligature)(?:\W+\w+){0,2}\W+(?:not|isnt|is not|wasnt|was not|arent"
        r"|are not) (?:for|to|because of) (?:the|a|my)"
        r" (?:tent|climbing|garden|camping|boat|dog|washing|gym|van|car)",
    ),
    Rule(
        "ws.pm_lied_on_screening",
        PM,
        "high",
        r"lied (?:on|about|in) (?:the |my )?(?:phq ?9|phq|question (?:9|nine)|item (?:9|nine)"
        r"|questionnaire|form|screening|safety question)"
        r"|asked (?:me )?(?:if|whether) (?:i|im|i m) (?:feel|felt|was|am|were) safe(?: \w+){0,3}"
        r" (?:and|but) i (?:lied|said yes|said i was)",
    ),
    Rule(
        "ws.pm_last_attempt_was",
        PM,
        "high",
        r"(?:my |the )?(?:last|latest|most recent|previous|first) attempt (?:was|is|happened)"
        r" (?:\w+ ){0,3}(?:ago|last|in|on|this)",
    ),
    Rule(
        "ws.pm_not_doing_next_year",
        PM,
        "high",
        r"(?:decided|deciding|decision)(?: that)? (?:im|i am|i m) not doing (?:\d{2}|another"
        r" (?:year|birthday|christmas|winter))"
        r"|(?:might as well|may as well|rather) (?:do it|go|end it|die) on my own terms",
    ),
    Rule(
        "ws.pm_policy_pays_out",
        PM,
        "high",
        r"(?:policy|insurance|life cover|life insurance)(?: \w+){0,4} (?:pays? out|covers?|valid)"
        r" (?:on |for |after |if (?:its|it s|it is) )?<SUICIDE>(?! (?:prevention|awareness|training"
        r"|support|risk))",
    ),
    Rule(
        "ws.pm_how_quiet_it_gets",
        PM,
        "high",
        r"(?:cliff|cliffs|bridge|viaduct|railway|pier|car park|multi storey|quarry|tracks|crossing)"
        r"(?: \w+){0,8} (?:to see|to check|seeing|checking|to find out) how (?:quiet|empty"
        r"|deserted|dark) (?:it|the \w+) (?:gets|is)",
    ),
    Rule(
        "ws.pm_others_medicine",
        PM,
        "high",
        r"(?:counting|counted|collecting|gathering|saving) (?:up )?(?:his|her|mums|dads|moms"
        r"|their|my late \w+s|the old) (?:old |leftover |spare )?(?:morphine|pills|tablets"
        r"|painkillers|oxycodone|codeine|sleeping pills|insulin)",
    ),
    Rule(
        "ws.pm_looking_at_anchor",
        PM,
        "possible",
        r"(?:looking at|staring at|eyeing|eyed|looked at|stared at) (?:the )?(?:loft hatch|banister"
        r"|bannister|beam|beams|rafters|bridge|train tracks|tracks|pills|knives|rope|my belt"
        r"|the belt)(?: \w+){0,4} (?:in a way|differently|that scares me|for too long)",
    ),
    Rule(
        "ws.pm_deciding_when",
        PM,
        "possible",
        r"(?:me|just) (?:deciding|choosing|working out) when(?=$|[.!?;:])"
        r"|given my plans(?= ?$| ?[.!?;:]| (?:lol|haha)\b)",
    ),
    Rule(
        "ws.pm_how_much_ligature",
        PM,
        "high",
        r"(?:how much|what length of|how long a|how strong a) (?:rope|cord|cable|hose|flex)"
        r"(?: \w+){0,3} (?:id|i d|i would|youd|you d|you would|to|it would) (?:need|take|hold)",
    ),
    Rule(
        "ws.pm_decided_do_it",
        PM,
        "high",
        r"(?:going to|gonna|will|ill|i ll) (?:finally )?(?:do it|go through with it|end it)\W+"
        r"(?:ive|i have|i ve|its|it s) (?:decided|made up my mind|settled)",
    ),
    Rule(
        "ws.pm_exhaust_hose",
        PM,
        "high",
        r"(?:hose|hosepipe|hose pipe)(?: \w+){0,5} (?:exhaust|tailpipe|tail pipe)",
    ),
    Rule(
        "ws.pm_unguarded_places",
        PM,
        "high",
        r"(?:researching|research|looked up|looking up|look up|checking|checked|finding out"
        r"|found out|googling|googled|searching|searched|which|worked out|working out)"
        r"(?: \w+){0,6} (?:bridges?|car parks?|multi storeys?|cliffs?|buildings?|platforms?"
        r"|stations?|roofs?)(?: \w+){0,4} (?:dont|do not|without|havent got|have no|with no|no"
        r" longer) (?:\w+ ){0,2}(?:nets?|barriers?|fences?|railings?|cameras?|staff)"
        r"|(?:looked up|looking up|checked|checking|worked out|working out|found out|finding out"
        r"|googled|know)(?: \w+){0,8} (?:when|which (?:nights?|days?|times?|hours?))"
        r" (?:nobody|no one|noone)(?:s| is| will be)? (?:around|there|about|watching|on duty)",
    ),
    Rule(
        "ws.pm_lethality_check",
        PM,
        "high",
        r"(?:how|what) (?:high|far|tall|deep|many|much)(?: \w+){0,6} (?:to make sure|to be sure"
        r"|so) (?:it works|it would work|it will work)"
        r"|(?:how|what) (?:high|far|tall|deep|many|much|long)(?: \w+){0,6} (?:to make sure|so that"
        r"|to be sure|so) (?:i die|i dont survive|i wouldnt survive|its fatal|it kills|it is fatal"
        r"|there is no coming back)",
    ),
    Rule(
        "ws.pm_interrupted",
        PM,
        "high",
        r"(?:police|the police|cops|paramedics|an ambulance|someone|a stranger|a man|a woman"
        r"|a passer by|a lady|a guy|my \w+|security) (?:found|stopped|pulled|talked|grabbed"
        r"|caught|got) me (?:\w+ ){0,2}(?:on|at|off|from|near|down from|back from) (?:the|a)"
        r" (?:\w+ ){0,2}(?:bridge|ledge|edge|roof|tracks|railway|cliff|platform|pier|railing"
        r"|top floor|balcony)",
    ),
    Rule(
        "ws.pm_stopped_me",
        PM,
        "high",
        r"(?:walked|came|burst|barged) in before i could (?:finish|do it|go through with it)"
        r"|(?:came|come|got|walked|burst) (?:home|in|back|round)(?: \w+){0,2} and (?:stopped"
        r" me|found me|caught me|took (?:it|them|the \w+) off me)(?=$|[.!?,;:]| (?:and|but|now"
        r"|before|in time|just)\b)",
    ),
    Rule(
        "ws.pm_attempted_bare",
        PM,
        "possible",
        r"\bi (?:attempted|tried) (?:again |twice |once )?(?:in|last|back in|back|before|at|on)"
        r" (?:\w+ ){0,2}(?:january|february|march|april|may|june|july|august|september|october"
        r"|november|december|spring|summer|autumn|winter|christmas|year|month|week|\d{4})"
        r"(?=$|[.!?,;:]| (?:and|but|so|when|after)\b)",
    ),
    Rule(
        "ws.pm_woke_in_hospital",
        PM,
        "high",
        r"woke (?:up )?in (?:the )?(?:hospital|a ?& ?e|a and e|icu|intensive care|resus)"
        r"(?: \w+){0,6},? (?:apparently )?(?:i was |im |i m )?(?:lucky|didnt work|still here"
        r"|disappointed|annoyed|gutted|shouldnt be here|wish i hadnt)",
    ),
    Rule(
        "ws.pm_aborted_note",
        PM,
        "high",
        r"(?:halfway|half way|in the middle of|part way|partway) (?:through )?writing (?:the|my)"
        r" (?:note|letter|goodbye)",
    ),
    Rule(
        "ws.pm_lost_nerve",
        PM,
        "high",
        r"(?:lost my nerve|bottled it|chickened out|backed out at the last|couldnt go through"
        r" with it|could not go through with it)",
        needs_context=True,
    ),
    Rule(
        "ws.pm_attempt_scar",
        PM,
        "possible",
        r"(?:from|since|after|before) (?:when|the time|the night|the day) i tried"
        r"(?=$|[.!?,;:]| (?:in|last|back|before|and|but|at|on|that|to die|to end|to kill)\b)",
    ),
    Rule(
        "ws.pm_safety_plan_discarded",
        PM,
        "high",
        r"(?:binned|bin|threw away|thrown away|ripped up|tore up|torn up|deleted|burned|burnt)"
        r" (?:my|the) safety plan"
        r"|safety plan(?: \w+){0,3} (?:in the bin|binned|thrown away|threw away|ripped up"
        r"|torn up|deleted|burned|burnt)"
        r"|(?:dont|do not|wont|will not) (?:want|let) (?:to be |anyone |them |you |\w+ to )?"
        r"talk(?:ed)? (?:me )?out of it(?: this time)?" + _END,
    ),
    # Farewell in deeds -------------------------------------------------------------------
    Rule(
        "ws.fw_not_around_for",
        FW,
        "high",
        r"(?:dont|do not|wont|will not|not) (?:plan|planning|intend|intending|expect|expecting)"
        r" (?:on |to )?(?:be|being) (?:around|here|alive)(?: to| for| when| by| at| in| much"
        r"| long| anymore" + r"|(?=$|[.!?,;:]))"
        r"|plan (?:is |s )?(?:to )?(?:not be|not being|be gone|be dead) (?:here|around|alive)?",
    ),
    Rule(
        "ws.fw_wont_need_them",
        FW,
        "high",
        r"cancel(?:led|ed|ling|ing)? (?:all )?(?:of )?(?:my )?(?:\w+ ){0,3}(?:appointments"
        r"|sessions|plans|subscriptions|bookings|contracts?|memberships?)(?: \w+){0,6}"
        r" (?:because|as|since|cause|cos|coz) (?:i|im|i m)(?: \w+)? (?:wont|will not|not going"
        r" to|not gonna) (?:be )?(?:need|needing|around|here|using|there|alive)",
    ),
    Rule(
        "ws.fw_no_future_to_have",
        FW,
        "high",
        r"(?:future|plans|years)(?: \w+){0,4} (?:because|cause|cos|as|since) (?:im|i am|i m|i)"
        r" (?:not going to|not gonna|wont|will not|dont plan to) (?:have|see|be (?:here|around)"
        r" for) (?:one|it|them|any)" + _END,
    ),
    Rule(
        "ws.fw_rehome_for_good",
        FW,
        "high",
        r"(?:rehome|rehomed|rehoming|give away|gave away|giving away|given away|gave|given"
        r"|giving|found a (?:new )?home for|found someone to take|handed over) (?:my |the |our )?"
        + _PET
        + r"(?: away)?(?:\W+\w+){0,10}?\W+(?:(?:still|always|will always|will still) be around"
        r"|if (?:anything|something) (?:ever )?(?:happens|happened)|after im gone|when im gone"
        r"|for good|wont be here|who will outlive me|who ll outlive me)"
        r"|(?:take|have|look after|keep) (?:my |the |our )?(?:" + _PET_WORDS + r"|kids|children)"
        r"(?: \w+){0,2} if (?:anything|something) (?:ever )?(?:happened|were to happen)"
        r"(?: to me)?(?:\W+\w+){0,6}?\W+(?:thats|that s|that is) sorted",
    ),
    Rule(
        "ws.fw_does_not_know_its_goodbye",
        FW,
        "high",
        r"(?:doesnt|does not|dont|do not|didnt|did not|wont|will not|no one|nobody|never)"
        r" (?:\w+ ){0,2}(?:know|knows|knew|realise|realises|realised|realize|realizes|realized)"
        r"(?: that)? (?:its|it s|it is|it was|it will be|itll be|this is|this was|that this is)"
        r" (?:for good|forever|for ever|permanent|goodbye|the last time|my last|a goodbye)"
        r"|without (?:her|him|them|anyone|anybody|my \w+) (?:knowing|realising|realizing)"
        r" (?:its|it s|thats|that s|(?:it|that it|this|that this) (?:was|is|would be))"
        r" (?:one(?=$|[.!?,;:])|goodbye|the last time|for good|forever|a goodbye|our last)",
    ),
    Rule(
        "ws.fw_one_last_time",
        FW,
        "possible",
        r"(?:see|saw|visit\w*|hear\w*|held|hold\w*|hug\w*|smell\w*|walk\w*|swim\w*|swam|go|went"
        r"|say|said|tell|told|kiss\w*)(?: \w+){0,4}"
        r" (?:one|for (?:the|one)) (?:last|final) time(?=$|[.!?;:]| (?:before i go|before"
        r" its over|while i can|before i do it|before i go through with it)\b)",
    ),
    Rule(
        "ws.fw_food_for_the_cat",
        FW,
        "high",
        r"(?:made sure|make sure|left|leaving|put out) (?:that )?(?:the|my) "
        + _PET
        + r" (?:has |had |have |got )?(?:enough )?(?:food|water|food and water) for (?:a few"
        r"|several|some|two|three|a couple of) days(?: \w+){0,4} (?:and|then|with)"
        r"(?: left| leaving| wrote| put)? (?:a )?(?:note|key|message)",
    ),
    Rule(
        "ws.fw_wont_need_next_year",
        FW,
        "possible",
        r"(?:wont|will not) (?:be )?need(?:ing)? (?:a|my|any|the) (?:\w+ )?(?:coat|passport"
        r"|pension|presents?|diary|calendar|glasses|renewal|subscription)(?: \w+){0,2}"
        r" (?:this|next) (?:year|winter|christmas|summer)(?=$|[.!?,;:])",
    ),
    Rule(
        "ws.fw_they_will_find_me",
        FW,
        "possible",
        r"(?:she|he|they|someone|somebody|my \w+)(?:ll| will| would|d) (?:be the one to )?find me"
        r"(?=$|[.!?,;:])"
        r"|my (?:own )?funeral(?: \w+){0,6} (?:soon|needing it|need it)",
    ),
    Rule(
        "ws.fw_nice_knowing_you",
        FW,
        "possible",
        r"(?:its been|it s been|it has been|been|it was) (?:really |so )?nice knowing (?:you|ya"
        r"|y all|yall|everyone|you all)",
        needs_context=True,
    ),
    Rule(
        "ws.fw_goodbye_without_goodbye",
        FW,
        "high",
        r"goodbye without (?:actually |really )?saying goodbye",
    ),
    Rule(
        "ws.fw_wrote_eulogy",
        FW,
        "possible",
        r"(?:written|wrote|writing|finished) my (?:own )?(?:eulogy|obituary)",
    ),
    Rule(
        "ws.fw_wont_be_around_for",
        FW,
        "possible",
        r"wont be around for (?:the|my|your) (?:\w+ ){0,2}(?:appointment|review|wedding|birthday"
        r"|christmas|anniversary|results|exam)(?=,? (?:so|anyway|lol|haha)\b| ?$| ?[.!?;:])",
    ),
    Rule(
        "ws.fw_gave_away_wont_need",
        FW,
        "high",
        r"(?:gave|given|giving|give) (?:my |all my |the )?(?:\w+ ){0,3}away(?:\W+\w+){0,8}\W+"
        r"(?:wont|will not) be needing (?:it|them)(?=$|[.!?;:]| (?:anyway|anymore|any more|lol)\b)",
    ),
    Rule(
        "ws.fw_my_coffin",
        FW,
        "possible",
        r"my (?:own )?(?:coffin|casket|headstone|burial plot)(?: \w+){0,2} (?:picked out|chosen"
        r"|ready|paid for|ordered)"
        r"|(?:my|the) last (?:haircut|shave|meal|payday|pay day|bath|shower)(?=$|[.!?,;:]"
        r"| ever\b)",
    ),
    Rule(
        "ws.fw_nobody_will_see_me",
        FW,
        "high",
        r"(?:wont|will not|never) (?:have to )?see me (?:ever )?(?:again|ever)\W+(?:nobody|no one"
        r"|noone) (?:will|ever will|is going to|s going to)",
    ),
    Rule(
        "ws.fw_delete_for_afterwards",
        FW,
        "high",
        r"(?:deleted|deleting|delete|wiped|wiping|closing|closed|shut down|shutting down)"
        r" (?:all )?(?:my )?(?:\w+ ){0,3}(?:accounts?|instagram|facebook|socials|social media"
        r"|profiles?|photos|messages|search history|browser history)(?:\W+\w+){0,10}?\W+"
        r"(?:afterwards|after im gone|when im gone|for after|so (?:no one|nobody) (?:has to"
        r"|will|finds)|less for (?:people|them|anyone|everyone|my \w+) to)",
    ),
    Rule(
        "ws.pm_last_letter",
        PM,
        "high",
        r"(?:wrote|written|writing|write|finished|left|leaving) (?:my |the |a )?(?:last|final)"
        r" (?:letters?|notes?|messages?|emails?|cards?) (?:to|for) (?:my |each )?(?:mum|mom|mam|dad"
        r"|family|kids|children|partner|wife|husband|sister|brother|parents"
        r"|everyone|friends|son|daughter|nan|gran)",
    ),
    Rule(
        "ws.fw_thanks_for_trying",
        FW,
        "high",
        r"(?:please |pls )?(?:tell|thank) (?:\w+ ){0,3}(?:thank you|thanks)(?: \w+){0,4}[.,!]?"
        r" (?:she|he|they|you) (?:all )?(?:tried|did) (?:her|his|their|your) (?:very )?best"
        r" (?:with|for) me" + _END,
    ),
)
