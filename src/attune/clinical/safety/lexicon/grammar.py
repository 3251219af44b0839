"""Slot-grammar rules (round 10): risk built from a few interchangeable parts.

Earlier rounds matched whole phrases, so a new wording of a known idea was often missed
(blind recall 64-90 % on the round-10 probes, ``tests/probe_round10.py``). Each rule here
joins slots that vary freely:

* a stance (wish, plan, decision, thought) before a death or non-existence predicate
  ("im planning to die", "thinking about ending my life");
* reunion with someone who has died ("i want to join my late wife", "be with him again");
* absence at a future date ("i wont be around for christmas", "this will be my last
  birthday", "i dont want to see another year");
* leaving this world ("no place for me in this world", "my time here is done");
* euphemisms for death ("checked out for good", "the easy way out", "the long sleep");
* self-harm described by its act and its purpose ("cut where nobody can see", "slammed my
  hand in the drawer on purpose", "back to the blade", "a hot spoon to my arm");
* preparation with the means ("sat with the pills in my hand", "counted my tablets", "which
  pills are fatal", "saving them instead", "for when im ready");
* being near a place and not coming back ("might not step back", "stepping in front of it");
* farewells ("this is my last message", "thank you for everything, goodbye", "when im not
  here", "they dont know its goodbye").

Every rule still passes through the idiom, subject, denial and time checks of
``screening.py``. Where a slot also has an everyday reading the rule asks the clause to end
there (``_ENDS``) so "i wont be here next week, im on holiday" stays clear. Rules that are
too ambiguous alone ("i sorted out my will", "ive set a date") are ``needs_context``.
Levels follow the rest of the lexicon (Posner et al. 2011 grading): stated plans and acts of
self-harm are ``high``; wishes, euphemisms and hedged statements are ``possible``.
"""

from __future__ import annotations

from attune.clinical.safety.lexicon.base import FW, PI, PM, SH, SI, Rule

# One optional word between subject and verb ("im really planning", "i honestly should"),
# never a negation: "im not going to kill myself" must reach the denial check whole.
_GAP = r"(?: (?!(?:not|never|no|nt|dont|wont|cant|wouldnt|shouldnt|couldnt)\b)\w+)??"
_ENDS = r"(?=$|[.!?]| (?:and (?:i|im|ive|then|nobody|no one)|honestly|tbh|i think|anyway|now)\b)"
_KIN = (
    r"(?:my (?:late |dear |darling |beloved )?(?:wife|husband|partner|mum|mom|mother|mam|dad"
    r"|father|son|daughter|baby|boy|girl|child|brother|sister|gran|grandma|granny|nan|nana"
    r"|nanna|grandad|granddad|grandpa|grandmother|grandfather|boyfriend|girlfriend|fiance"
    r"|fiancee|best friend|twin|parents|family)|grandma|grandad|granny|mum|mom|dad|him|her"
    r"|them)"
)
_DEAD_MARK = (
    r"(?:again|in heaven|up there|on the other side|wherever (?:he|she|they) (?:is|are)"
    r"|who (?:died|passed|is gone)|(?:he|she|they) (?:passed|died|is gone|s gone|are gone))"
)
_STANCE_WISH = (
    r"(?:want|wanted|wanting|wanna|wish|wishing|wished|long|longing|hope|hoping|need|needing"
    r"|would like|id like|thinking (?:about|of)|thought (?:about|of)|think (?:about|of)"
    r"|considering|considered|tempted|close to|dream(?:ing)? (?:about|of))"
)
_STANCE_PLAN = (
    r"(?:planning|plan|planned|decided|deciding|intend|intending|ready|prepared|preparing"
    r"|determined|getting ready|about|going|gonna)"
)
_PRED = (
    r"(?:die(?! (?:my|your|his|her|the|it|of|from|laughing|happy|tomorrow lol))|dying"
    r"(?! (?:my|your|his|her|the|it|to|of|for|laughing))|be dead|end my (?:own )?life|ending my"
    r" (?:own )?life|take my (?:own )?life|taking my (?:own )?life|kill (?:myself|meself)"
    r"|killing (?:myself|meself)|stop existing|stopping existing|not exist(?:ing)?|not be alive"
    r"|not being alive|leave this (?:world|earth|life)|leaving this (?:world|earth|life)"
    r"|end(?:ing)? (?:it all|everything|things)(?! (?:with|between|off|for))"
    r"|end(?:ing)? my suffering(?: for good| forever| permanently)?)"
)
_HARM_ACT = (
    r"(?:hit|hitting|slam|slammed|slamming|bang|banged|banging|burn|burned|burnt|burning|cut"
    r"|cutting|scratch|scratched|scratching|bite|bit|biting|punch|punched|punching|smash"
    r"|smashed|bash|bashed|stayed under|held (?:my head|myself) under|starve|starved|bruise"
    r"|bruised|hold|held|press|pressed|pinch|pinched|pull|pulled|dug|dig|digging|carve|carved"
    r"|pour|poured|scald|scalded|threw myself|throw myself|throwing myself)"
)
_PURPOSE = (
    r"(?:on purpose|deliberately|intentionally|to feel something|to feel anything|to feel"
    r" (?:the pain|real|alive)|to punish (?:myself|me)|so (?:that )?it (?:would )?hurt"
    r"|(?:until|till|til) (?:it|they|i|my \w+) (?:bled|bleed|bruised|broke|blistered)"
    r"|when (?:it|things) (?:gets?|got) (?:bad|too much)|because i deserved? it|black and blue"
    r"|(?:until|till|til) (?:there (?:were|was) (?:marks|blood)|it (?:left|leaves) marks))"
)

_STANCE: tuple[Rule, ...] = (
    Rule(
        "g10.plan_predicate",
        SI,
        "high",
        r"(?:i|im|i am|ive|ive been|i have been|i was|i m)"
        + _GAP
        + r" "
        + _STANCE_PLAN
        + r" (?:to|on) <ADV>"
        + _PRED,
    ),
    Rule(
        "g10.wish_predicate",
        SI,
        "possible",
        _STANCE_WISH + r"(?: to| of| about)? <ADV>" + _PRED,
    ),
    Rule(
        "g10.modal_outcome",
        PI,
        "possible",
        r"(?:i|maybe i|id|i d)" + _GAP + r" (?:should|could|might as well|may as well|ought to)"
        r" <ADV><OUTCOME>(?! (?:with|between|off|early|for))",
    ),
    Rule(
        "g10.done_living",
        PI,
        "possible",
        r"(?:<IM>|i feel) (?:so |just |really |completely )?(?:done|finished|through)"
        r" (?:with )?(?:<LIVING>|existing|being alive|breathing|this life)" + _ENDS,
    ),
    Rule(
        "g10.not_without_them",
        PI,
        "possible",
        r"(?:<DONT> (?:want to|wanna)|<CANTS>) (?:live|<LIVING>|carry on|go on|keep going|exist"
        r"|survive|be here|be alive) without " + _KIN,
    ),
    Rule(
        "g10.not_afraid_to_die",
        PI,
        "possible",
        r"(?:not|never|no longer) (?:afraid|scared|frightened) (?:to|of) (?:die|dying|death)"
        r"(?! (?:my|your|the|of)\b)|(?:dying|death) (?:doesnt|does not|dont|no longer) (?:scare"
        r"|scares|frighten|frightens) me",
    ),
    Rule(
        "g10.welcome_illness",
        PI,
        "possible",
        r"(?:hope|hoping|wish|pray|praying) (?:that )?(?:i|ill|i ll|i will|id|i d) (?:get|have"
        r"|develop|catch|got|had) (?:a |an )?(?:terminal|fatal|incurable|cancer|heart attack"
        r"|deadly|brain tumou?r)"
        r"|if i (?:got|get|had|have|was diagnosed with) (?:cancer|a (?:terminal|fatal) \w+"
        r"|something (?:terminal|fatal))[^.!?]{0,20}(?:wouldnt|would not|wont|not) (?:get|have"
        r"|accept|seek|bother with|want) (?:any )?(?:treatment|chemo|help)"
        r"|(?:wouldnt|would not|wont) fight (?:it )?if (?:something|anything) (?:bad )?"
        r"(?:happened|happens) to me",
    ),
    Rule(
        "g10.wish_not_to_go_on",
        PI,
        "possible",
        r"wish i (?:didnt|did not|never|wouldnt) (?:have|had) to (?:come up|wake up|go on"
        r"|carry on|keep going|keep living|exist|breathe|be alive|live)" + _ENDS,
    ),
    Rule(
        "g10.attempted_again",
        SI,
        "possible",
        r"(?:^|i |ive |i have )?attempted (?:again|last night|tonight|today|yesterday)"
        r"(?=$|[.!?])",
    ),
)

_ABSENCE: tuple[Rule, ...] = (
    Rule(
        "g10.point_of_living",
        PI,
        "possible",
        r"(?:what|whats|what s|wondering|wonder|dont see|cant see|is there (?:any|a)|theres no"
        r"|there s no|there is no)(?: \w+){0,2} point (?:of|in) (?:<LIVING>|being alive|existing"
        r"|going on|carrying on|staying alive|life)(?! (?:in|near|with|here|there|abroad"
        r"|together|alone|on)\b)",
    ),
    Rule(
        "g10.reunion",
        PI,
        "possible",
        r"(?:be|go|going|get) (?:home )?(?:with|to) "
        + _KIN
        + r"(?: \w+)?,? "
        + _DEAD_MARK
        + r"|(?:join|joining|be reunited with|reunite with|see) (?:my late \w+|"
        + _KIN
        + r",? "
        + _DEAD_MARK
        + r")"
        r"|(?:<DESIRE>|wanna) (?:to )?(?:go|be) where (?:he|she|they|" + _KIN + r") (?:is|are|went)"
        r"|(?:ill|i ll|i will|im going to|im gonna) be with " + _KIN + r" soon(?=$|[.!?])",
    ),
    Rule(
        "g10.absent_at_date",
        PI,
        "possible",
        r"(?:<WONT>|dont think ill|dont think i will|dont think im going to|dont plan on"
        r"|not planning on|dont expect to|decided i <WONT>) (?:be |being )?(?:around|here"
        r"|alive)(?: \w+)? (?:for|by|to see|at|this time|next|until|till|past) (?:christmas"
        r"|xmas|my birthday|the holidays|new year|new years|easter|the summer|summer|spring"
        r"|winter|autumn|another \w+|next (?:week|month|year|christmas|summer|birthday)"
        r"|next year|this time next \w+|month|year|the end of (?:the )?\w+|it)"
        + _ENDS
        + r"|<WONT> be (?:here|around) to \w+(?: \w+){0,3} (?:much longer|for long|anymore)",
    ),
    Rule(
        "g10.another_year",
        PI,
        "possible",
        r"(?:<WONT>|<DONT> (?:want to|wanna)|never going to|not going to) (?:be )?(?:see"
        r"|seeing|celebrate|celebrating|make it to|live to see|have|face|get through)"
        r" another (?:year|birthday|christmas|summer|winter|spring|new year|week|month)"
        + _ENDS
        + r"|(?:this|it) (?:will|is going to|ll|is|might|may) (?:be )?my last (?:christmas"
        r"|birthday|summer|new year|year|winter|spring)"
        + _ENDS
        + r"|dont see myself (?:getting old|growing old|living (?:long|past|to)|being (?:around"
        r"|here|alive)|making it (?:to|past|through))",
    ),
    Rule(
        "g10.this_world",
        PI,
        "possible",
        r"(?:no (?:place|room|space) for me|i dont belong|outstayed my welcome|overstayed my"
        r" welcome|<IM> done|<IM> finished|my time is up) (?:in|on|with|here in|here on) (?:this"
        r" )?(?:world|earth|planet)"
        r"|my time (?:here |on (?:this )?earth )?is (?:done|up|over)"
        + _ENDS
        + r"|(?:its|it s|it is) time for me to go(?=$|[.!?])"
        r"|(?:tying|tie|tied) up (?:all )?(?:my )?loose ends before i (?:go|leave)(?=$|[.!?])",
    ),
    Rule(
        "g10.euphemism",
        PI,
        "possible",
        r"check(?:ed|ing)? out (?:for good|permanently|of (?:life|this life|this world"
        r"|existence))"
        r"|(?:take|taking|took|want|considering|consider) the (?:easy|cowards|coward s|quick)"
        r" way out"
        + _ENDS
        + r"|(?:the|a) (?:permanent|final) (?:solution|escape|way out|exit)(?=$|[.!?]| (?:to"
        r" (?:this|my|it|everything|all)|for me)\b)"
        r"|the (?:long|big|eternal|endless|forever) sleep"
        + _ENDS
        + r"|at peace,? (?:permanently|forever|for good)"
        r"|stop (?:everything|it all)[.,!]* (?:for good|permanently|forever)",
    ),
    Rule(
        "g10.better_off_with_anything",
        PI,
        "possible",
        r"better off (?:with|having)[^.!?]{0,40} than (?:with )?me",
    ),
    Rule(
        "g10.no_one_would_care_if",
        PI,
        "possible",
        r"if i (?:jump|jumped|die|died|disappear|disappeared|was gone|were gone|killed myself"
        r"|ended it|did it|overdosed)\b[^.!?]{0,30}<NOONE> (?:will|would|d|is going to|gonna)?"
        r" ?(?:care|notice|miss me|even notice|mind)",
    ),
)

_SELF_HARM: tuple[Rule, ...] = (
    Rule(
        "g10.cut_again",
        SH,
        "high",
        r"(?:(?<=^)|(?<=[.!?,] )|(?<=i )|(?<=ive )|(?<=just ))cut (?:again|deeper|so deep"
        r"|too deep|where (?:no one|nobody) (?:can|could|will|would) see)(?=$|[.!?,]| (?:last"
        r"|tonight|today|this|and|i|on|where)\b)",
    ),
    Rule(
        "g10.back_to_the_blade",
        SH,
        "high",
        r"(?:back to|relapsed (?:to|into|with)|returned to|picked up) (?:the )?(?:blades?"
        r"|razors?|cutting|self harm|self harming|burning myself)(?=$|[.!?,]| (?:again|last"
        r"|tonight|today|this)\b)"
        r"|relapsed[^.!?]{0,40}(?:clean|free) (?:from|of) (?:cutting|self harm|sh|hurting"
        r" myself|burning)",
    ),
    Rule(
        "g10.act_with_purpose",
        SH,
        "high",
        _HARM_ACT + r"\b[^.!?]{0,60}" + _PURPOSE,
    ),
    Rule(
        "g10.heat_to_skin",
        SH,
        "high",
        r"(?:hold|held|holding|press|pressed|pressing|put|putting) (?:a |the )?(?:hot|burning"
        r"|lit|heated) (?:\w+ )?(?:spoon|lighter|iron|cigarette|match|knife|metal|coin|pan)"
        r" (?:to|against|on|onto) my <BODY>"
        r"|used (?:the (?:razor|blade|knife|lighter|scissors)|a (?:razor|blade|knife|lighter))"
        r" on my <BODY>|used it on my <BODY> (?:again|tonight|last night)",
    ),
)

_MEANS: tuple[Rule, ...] = (
    Rule(
        "g10.pills_at_hand",
        PM,
        "possible",
        r"<PILLS> in my (?:hand|hands|palm|lap)"
        r"|(?:sat|sitting|sit|sits) with (?:the |my |a handful of |all my |a pile of )?<PILLS>"
        r"|(?:count|counted|counting) (?:out )?(?:my |the |all my |all the |how many )"
        r"(?:\w+ )?<PILLS>(?! (?:into|in to|for) (?:the|my|a) (?:dosette|organiser|organizer"
        r"|pill box|pillbox|week|weekly|blister))",
    ),
    Rule(
        "g10.means_kept_for_later",
        PM,
        "high",
        r"(?:<PILLS>|blades|razor blades|razors)[^.!?]{0,40}(?:for when im ready|for when"
        r" the time comes|for when i need (?:them|it)|for the right (?:time|moment)|just in"
        r" case(?=$|[.!?]))"
        r"|(?:stopped|not|pretending to be) taking (?:my )?<PILLS>[^.!?]{0,40}(?:saving|keeping"
        r"|hoarding|stashing|hiding|collecting)",
    ),
    Rule(
        "g10.lethality_question",
        PM,
        "high",
        r"(?:what|which|how much|how many) (?:dose|<PILLS>|of (?:my|the|these) <PILLS>)"
        r"(?: \w+){0,2} (?:would be|is|are|would|it takes|to take)(?: \w+)? (?:enough"
        r"(?! (?:for|to (?:help|treat|sleep)))|fatal|lethal|deadly|dangerous together|to die"
        r"|to kill)",
    ),
    Rule(
        "g10.ways_to_go",
        PM,
        "possible",
        r"(?:ways|way|methods?|how) to (?:go|die|do it|end it|kill myself|end my life)(?="
        r" quietly| peacefully| painlessly| without|$|[.!?]| and\b)",
    ),
    Rule(
        "g10.passwords_left",
        PM,
        "possible",
        r"(?:left|leave|leaving|wrote out|written out|writing out|wrote down|written down)"
        r" (?:all )?my passwords",
    ),
    Rule(
        "g10.wont_need_them",
        PM,
        "possible",
        r"<WONT> need (?:it|them|him|her|these|those|my \w+|to (?:look after|feed|walk)"
        r" (?:him|her|them|it))(?: anymore| any more| where im going| after| soon)?(?=$|[.!?])",
    ),
    Rule(
        "g10.affairs_ambiguous",
        PM,
        "possible",
        r"(?:sorted|sorting|sort) out my will|(?:wrote|written|writing|made|making|updated"
        r"|drafted) (?:a|my) will|who gets (?:the cat|the dog|my \w+)"
        r"|(?:know|set|picked|chosen|chose) (?:the|a) (?:date|day)(?=$|[.!?])"
        r"|made up my mind(?=$|[.!?])"
        r"|(?:tidy|clean|sort) [^.!?]{0,30}so (?:no one|nobody) (?:has|have|will have|would"
        r" have|needs) to"
        r"|giving (?:away )?(?:some of |all of |most of )?my (?:\w+ )?\w+ away",
        needs_context=True,
    ),
)

_PLACES: tuple[Rule, ...] = (
    Rule(
        "g10.not_coming_back",
        PI,
        "possible",
        r"(?:might|may|would|will) not (?:step|come|walk|climb) back"
        r"|(?:walk|walking|walked|wade|wading|swim|swimming|swam) (?:in|into the (?:sea|river"
        r"|water|lake|waves|ocean)|out)(?: \w+){0,2} and (?:not|never) (?:come|coming|came)"
        r" back"
        r"|(?:want|wanted|wanting|wish|wished) to fall(?=$|[.!?]| (?:off|from|and never)\b)",
    ),
    Rule(
        "g10.in_front_of_it",
        PI,
        "possible",
        r"(?:step|stepping|stepped|walk|walking|jump|jumping|throw myself|throwing myself)"
        r" (?:out )?in front of (?:it|one|them)(?=$|[.!?,]| (?:and|i)\b)"
        r"|(?:step|stepping|stepped) off (?:the |a )?(?:platform|edge|ledge|<HEIGHT>)",
    ),
    Rule(
        "g10.drive_into",
        PI,
        "possible",
        r"(?:think|thought|thinking|imagine|imagined|imagining|tempted|want|wanted|urge)"
        r" (?:about |of |to )?(?:just )?(?:driving|drive|steering|steer|swerving|swerve)"
        r" (?:the car |my car )?(?:into|off) (?:the |a )?(?:reservoir|river|lake|sea|canal"
        r"|quarry|wall|tree|lorry|truck|oncoming traffic|cliff|bridge|barrier)",
    ),
    Rule(
        "g10.high_place_now",
        PM,
        "possible",
        r"(?:standing|stood|sitting|sat|up) on (?:the|a|top of the) <HEIGHT>(?: \w+){0,2}"
        r" (?:rn|right now)(?=$|[.!?])"
        r"|on (?:the|a) <HEIGHT>[.,!]* (?:bye|goodbye|im sorry|sorry|love you)",
    ),
    Rule(
        "g10.near_the_edge",
        PM,
        "possible",
        r"(?:sat|sit|sitting|stood|stand|standing|went|walked) (?:by|at|on|near|to) (?:the )?"
        r"(?:railway line|railway|train tracks|tracks|cliff edge|edge of the (?:cliff|platform"
        r"|roof))"
        r"|(?:to be|stay|be) (?:close|near) to (?:it|the edge|the tracks|the water)(?=$|[.!?])",
        needs_context=True,
    ),
)

_FAREWELL: tuple[Rule, ...] = (
    Rule(
        "g10.last_message",
        FW,
        "possible",
        r"(?:this is|thats|that s|here s|heres) my (?:last|final) (?:message|text|post|entry"
        r"|letter|note)(?=$|[.!?])",
    ),
    Rule(
        "g10.thanks_goodbye",
        FW,
        "possible",
        r"thank (?:you|u) for everything[.,!]* (?:goodbye|bye|i love you|love you)"
        r"|tell (?:my )?(?:mum|mom|dad|mother|father|parents|family|sister|brother|kids"
        r"|children|everyone|them|her|him) (?:that )?i (?:love|loved) (?:her|him|them|you)[.,!]*"
        r" (?:im sorry|i m sorry|sorry|goodbye|bye)"
        r"|know (?:that )?i loved (?:you|them|her|him)|if you dont hear from me",
    ),
    Rule(
        "g10.when_im_not_here",
        FW,
        "possible",
        r"when <IM> (?:not here|not around|no longer (?:here|around))(?=$|[.!?])"
        r"|(?:dont|doesnt|didnt|do not|does not) know (?:its|it s|it is|this is|that its)"
        r" (?:goodbye|the last time|a goodbye)"
        r"|(?:said|saying|say) (?:my )?goodbyes? (?:to (?:everyone|people|them|you all) )?"
        r"(?:in my head|quietly|in small ways|without (?:them|anyone) knowing|one by one)",
    ),
)

_SLEEP = r"(?:go to bed|go to sleep|fall asleep|lie down|sleep|nap)"
_KEPT_MEANS = r"(?:rope|noose|razors?|razor blades?|blades?|knife|knives|belt|cord|ligature)"
_NEAR_ME = (
    r"(?:under my pillow|in my (?:wallet|pocket|coat pocket|purse|car)|in the boot(?: of my car)?"
    r"|on my bedside(?: table)?|by my bed|next to my bed)(?! for)"
)

# Second round-10 pass (tuning set e, ``tests/probe_round10_e.py``): families of
# euphemism, preparation and self-neglect that the first pass had no slot for.
_FAMILIES: tuple[Rule, ...] = (
    Rule(
        "g10.sleep_without_waking",
        PI,
        "possible",
        r"(?:close|shut) my eyes and (?:never|not) open them(?: again)?"
        r"|never open my eyes again"
        r"|" + _SLEEP + r"(?: \w+){0,2} and <ADV>(?:never|not|dont|wont) (?:get up|wake|come back"
        r"|open my eyes)(?: up)?(?: again| ever)?(?! (?:until|till|til|before|early|at|for)\b)"
        r"|" + _SLEEP + r"(?: \w+){0,2} and <ADV>stay (?:that way|asleep(?: this time| forever"
        r"| for good)?)(?=$|[.!?])"
        r"|(?:a |the )?(?:sleep|nap) i (?:dont|wont|never|cant) wake (?:up )?from"
        r"|night i (?:dont|do not|wont|never) wake(?: up)?(?=$|[.!?])",
    ),
    Rule(
        "g10.left_for_after",
        PM,
        "possible",
        r"(?:note|letter|letters)(?: \w+){0,3} (?:for|to) (?:my \w+|them|everyone|him|her)(?:"
        r" \w+){0,2} to find"
        r"|for when (?:they|someone|she|he|you|mum|mom|my \w+) (?:find|finds) me"
        r"|(?:drafting|writing|wrote|draft|rewriting|rewrote) (?:what i d say in |what id say in )?"
        r"my (?:note|suicide note|last letter)(?=$|[.!?])"
        r"|(?:look after|take|have|care for|feed|keep) (?:the |my )?(?:cat|dog|kids|children|plants"
        r"|pets?|fish|rabbit|cats|dogs)(?: \w+){0,3} if (?:anything|something) (?:happens|happened"
        r"|were to happen)(?: to me)?(?=$|[.!?])"
        r"|so (?:my \w+|they|nobody|nobodys|no one|everyone|my family)(?: \w+){0,2} (?:wont|doesnt"
        r"|dont|will not|isnt|arent|is not|s not)(?: \w+){0,2} (?:have to (?:deal with|sort|clean"
        r"|pay)|left with|stuck with)"
        r"|so (?:nobody|no one)(?:s| is| will be| gets) (?:left|stuck) with"
        r"|(?:music|songs?|hymns?|flowers|what i want|instructions|plans?|arrangements)(?:"
        r" \w+){0,3} (?:at|for) my (?:own )?funeral|(?:planning|planned|plan) my (?:own )?funeral"
        r"|(?:deleted|closed|deactivated|shut down|wiped) (?:all )?(?:of )?my (?:social media"
        r"|accounts|profiles?|instagram|facebook|socials)[^.!?]{0,40}(?:bye|goodbye|farewell)",
    ),
    Rule(
        "g10.gone_by_then",
        PI,
        "possible",
        r"(?:soon|by next \w+|this time next \w+|in a (?:week|month|few days|day|fortnight)"
        r"|after this \w+|after tonight|by (?:the weekend|friday|monday|tomorrow|christmas))[ ,]*"
        r"(?:i(?:ll| will| ll) be gone|i <WONT> be (?:here|around|alive|a problem|a burden))"
        r"(?! (?:to|for|on|until|till|from|at|in)\b)"
        r"|i(?:ll| will| ll) be gone (?:before|by the time) (?:they|anyone|you|he|she) (?:notice"
        r"|notices|realise|realize|find)",
    ),
    Rule(
        "g10.follow_the_dead",
        PI,
        "possible",
        r"follow " + _KIN + r"(?=$|[.!?]| (?:now|soon|there|wherever|to the grave|into)\b)"
        r"|" + _KIN + r" (?:is|are) (?:waiting|calling) (?:for )?me(?=$|[.!?,]| (?:up there"
        r"|in heaven|on the other side)\b)"
        r"|(?:late|dead) (?:\w+ )?(?:son|daughter|wife|husband|mum|mom|dad|partner|brother"
        r"|sister|child|baby)[^.!?]{0,40}(?:im coming|ill be there soon|see you soon)",
    ),
    Rule(
        "g10.means_kept_close",
        PM,
        "possible",
        r"(?:keep|kept|keeping|carry|carried|carrying|sleep with|put|hid|hide|hidden|stashed)"
        r" (?:a |the |my |some )?"
        + _KEPT_MEANS
        + r"(?: \w+){0,2} "
        + _NEAR_ME
        + r"|<PILLS>(?: \w+){0,4} (?:so (?:theyre|they re|its|it s) (?:close|near|handy|ready)"
        r"|in case i need (?:them|it)|all the time now)"
        r"|" + _KEPT_MEANS + r"(?: \w+){0,3} in case i need (?:it|them)"
        r"|(?:rope|cord|belt|noose|scarf|cable|wire|ligature) (?:round|around) my neck"
        r"|took the (?:belt|rope|cord) and (?:sat|stood|went)"
        r"|(?:stood|standing) on a (?:chair|stool|box)[^.!?]{0,20}(?:belt|rope|cord|noose)",
    ),
    Rule(
        "g10.letting_the_body_go",
        PI,
        "possible",
        r"(?:skipping|skip|skipped|stopped taking|not taking|letting|let) (?:my )?(?:\w+ )?"
        r"(?:<PILLS>|prescriptions?|meds|insulin|treatment|dialysis)[^.!?]{0,30}"
        r"(?:hoping|so (?:that )?i (?:die|dont wake))"
        r"|hoping (?:it|this|that|the \w+) (?:kills|will kill|ll kill|finishes|takes) me"
        r"|hoping (?:my (?:body|heart) )?(?:gives up|gives out|stops)(?=$|[.!?])"
        r"|hoping i (?:wont|dont|never) wake(?: up)?(?=$|[.!?])",
    ),
    Rule(
        "g10.alive_by_default",
        PI,
        "possible",
        r"(?:only |still )+alive because (?:<IM>|i am) (?:too )?(?:scared|afraid|a coward|cowardly)"
        r"|alive by (?:default|accident|mistake)"
        r"|(?:exist|alive|here) because i (?:havent|cant|couldnt) (?:worked out|figured out|found)"
        r" how to (?:stop|die|end it)"
        r"|too (?:scared|afraid|cowardly|much of a coward) to (?:die|do it|kill myself|end it)",
    ),
    Rule(
        "g10.unnoticed_death",
        PI,
        "possible",
        r"<NOONE> would (?:even )?(?:realise|realize|know|notice)(?: that)? (?:i d|id|i had|i was"
        r"|im|i) (?:gone|dead|died|missing)"
        r"|(?:weeks|days|months) before (?:anyone|someone|anybody) (?:found|finds|would find"
        r"|noticed) (?:me|my body)",
    ),
    Rule(
        "g10.erased",
        PI,
        "possible",
        r"(?:drop|vanish|disappear|fall) off the face of the (?:earth|planet)"
        r"(?! (?:for a|until|till)\b)"
        r"|(?:be |get )?(?:erased|wiped) (?:from|out of) existence|wish i could be erased"
        r"|end (?:this|it|it all|everything)(?: \w+){0,3},? (?:me|myself) included"
        r"|end(?: \w+){0,4},? including (?:me|myself)|(?:<DESIRE>|wanna) (?:to )?end me"
        r"(?=$|[.!?])",
    ),
    Rule(
        "g10.quiet_goodbyes",
        FW,
        "possible",
        r"(?:getting|saying|said|say) (?:my |all my )?(?:goodbyes|farewells?)(?: in)?(?: \w+){0,2}"
        r" while i (?:still )?can"
        r"|(?:quietly|secretly) (?:saying|said|say) (?:goodbye|farewell)"
        r"|(?:hugged|held|kissed|saw|visited|called|rang|texted) (?:everyone|my \w+|them|her|him)"
        r"(?: \w+)? one (?:last|final) time(?=$|[.!?])",
    ),
    Rule(
        "g10.better_if_i_go",
        PI,
        "possible",
        r"(?:its|it s|it is|itd be|it d be|it would be|would be) (?:better|best|easier|kinder)"
        r"(?: for (?:everyone|everybody|them|all))? if i (?:go|went|left|disappeared|went away"
        r"|wasnt around|just went)(?: for good| forever| away)?(?=$|[.!?])"
        r"|(?:theyd|they d|they would|everyone would|everyoned) be better off(?=$|[.!?])",
    ),
    Rule(
        "g10.harm_variants",
        SH,
        "high",
        r"(?:bleeding|blood)[^.!?]{0,30}(?:dont|didnt|do not) (?:care|want (?:it )?to stop)"
        r"|keep cutting (?:until|till)|see how deep i can (?:go|cut)"
        r"|(?:glass|blade|razor|knife|lighter|sharpener|scissors|shard)[^.!?]{0,30}used it on my"
        r" <BODY>"
        r"|(?:pull|pulled|pulling) (?:my )?hair out (?:in clumps|until (?:it bled|i bled|bald))",
    ),
    Rule(
        "g10.scoping_places",
        PM,
        "possible",
        r"(?:looking at|look at|see|seeing) (?:the )?(?:<HEIGHT>|railway line|railway|tracks|train"
        r" line|river|platform|motorway)(?: \w+){0,2} differently"
        r"|(?:<HEIGHT>|railway line|tracks|train line|river) (?:looks?|seems?) different to me"
        r"|(?:scoping out|scoped out|scouting|casing|checking out|checked out) (?:the )?<HEIGHT>"
        r"|(?:finding|found|find) myself at the edge of (?:the )?(?:platform|cliff|roof|bridge"
        r"|river|tracks)"
        r"|(?:step|stepping|stepped|walk|walking) off the (?:kerb|curb|pavement|platform) in front",
    ),
    Rule(
        "g10.plan_and_date",
        PM,
        "possible",
        r"(?:got|have|picked|chosen|chose|set) a (?:plan|method|day|date) and (?:a |the )?(?:plan"
        r"|method|day|date|time|place|worked out how)(?=$|[.!?])"
        r"|(?:chosen|picked|decided on|settled on) (?:the|a|my) (?:method|way)(?=$|[.!?])",
    ),
    Rule(
        "g10.no_future",
        PI,
        "possible",
        r"(?:<DESIRE>|wanna) my time to (?:be up|end|run out)"
        r"|(?:<DONT>|never) (?:plan|intend|expect) (?:to|on) (?:grow|growing|get|getting) old"
        r"(?=$|[.!?])"
        r"|<WONT> (?:see|make it to|reach|live to|live past) (?:thirty|forty|twenty|fifty|sixty"
        r"|\d+|my next birthday|next year)(?=$|[.!?])"
        r"|not going to make it to (?:my )?next birthday"
        r"|nothing left for me[^.!?]{0,10}(?:so|and) <IM> (?:leaving|going|done)"
        r"|(?:clock|clocking|clocked|bow|bowing|bowed|tap|tapping|tapped|log|logging) out (?:for"
        r" good|permanently|of life|of this life)"
        r"|end my (?:story|chapter|journey)(?=$|[.!?])",
    ),
)

GRAMMAR: tuple[Rule, ...] = (
    _STANCE + _ABSENCE + _SELF_HARM + _MEANS + _PLACES + _FAREWELL + _FAMILIES
)
