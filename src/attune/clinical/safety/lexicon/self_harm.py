"""Self-harm: acts, urges, tools and marks."""

from __future__ import annotations

from attune.clinical.safety.lexicon.base import SH, Rule

# ---------------------------------------------------------------------------------------
# Self-harm
# ---------------------------------------------------------------------------------------
SELF_HARM: tuple[Rule, ...] = (
    Rule(
        "sh.cut_self",
        SH,
        "high",
        r"(?:cut|cuts|cutting|cutted|cutt|slice|sliced|slicing|carve|carved|carving|slash"
        r"|slashed|slashing|stab|stabbed|stabbing|gouge|gouged|razor|razored) (?:into )?"
        r"(?:<SELF>|my (?:own )?<BODY>|me)(?! (?:hair|nails|up|off|out))",
    ),
    Rule(
        "sh.cutting_again",
        SH,
        "high",
        r"(?:started|start|starting|been|keep|kept|back to|went back to|gone back to|relapsed"
        r"(?: on| into| with)?|relapse on|relapsing|urge to|urges to|want to|wanting to|need to"
        r"|needed to|itching to|craving|crave|tempted to|thinking (?:about|of)|thought about"
        r"|feel like|feeling like|felt like|going to|gonna|im going to|i will|ill|i ll"
        r"|ended up|couldnt stop|cant stop|did some|almost|nearly) (?:cutting|cut|self harm"
        r"|self harming|self harmed|self injury|self injuring|burning|sh)(?: again)?(?! (?:back|up"
        r"|down|out|off|the|my hair|vegetables|veggies|carbs|sugar|onions|corners|ties|class"
        r"|classes|school|costs|grass|lawn|hair|paper|wood|meat|bread|cake|coupons|cheese|a|an"
        r"|some|it|them|him|her|into|in line|across|through|loose|people|friends|contact"
        r"|alcohol|caffeine|coffee|calories|gluten|dairy|spending|expenses|my (?:losses"
        r"|spending|hours|nails|hair|fringe|bangs)|costs|toast|candles|bridges|calories|fat"
        r"|fuel|money|oil|incense|sage|wood|rubbish|leaves|crap|bs|and|edge|ribbon|back))",
    ),
    Rule(
        "sh.self_harm_self",
        SH,
        "high",
        r"(?:i|i have|ive|i ve|i still|i sometimes|still|i started|started|i keep|keep|i would"
        r"|i d|id|ill|i will|been|i been|started to|want to|wanna|going to|gonna|urges? to"
        r"|tempted to|relapsed|relapsing|relapse|a relapse|my|did|do|i did|i do|urge to"
        r"|need to|needed to|ended up|nearly|almost|almost did|feel like|used to|use to) <ADV>"
        r"(?:self ?harm"
        r"(?:ing|ed)?|self ?injur(?:e|ed|ing|y)|sh)(?! (?:scars?|awareness|support|group"
        r"|charity))",
    ),
    Rule(
        "sh.sh_urges",
        SH,
        "high",
        r"(?:self ?harm|sh|cutting) (?:urges?|cravings?|relapse|again|tonight|today|last night"
        r"|rn|right now|this week|thoughts)",
    ),
    Rule(
        "sh.carve_into_skin",
        SH,
        "high",
        r"(?:carve|carved|carving|etch|etched|etching|engrave|engraved|cut|cutting|slice|sliced)"
        r"(?: \w+){0,4} (?:into|in|on) my (?:own )?(?:skin|<BODY>)(?! (?:on|with) (?:a|the)"
        r" (?:glass|knife|tin|paper|nail|fence|edge|corner) (?:by accident|accidentally|while))",
    ),
    Rule(
        "sh.relapse_cut",
        SH,
        "high",
        r"(?:relapse|relapsed|relapsing|slipped up|slip up)(?: \w+){0,3}"
        r" (?:cut|cutting|cuts|self harm\w*|sh|burned|burning|hurt myself|hurting myself)"
        r"|(?:i|and|then|i just|i finally|so i|and i) (?:cut|cutted) (?:again|last night|tonight"
        r"|today|this morning|yesterday|deep|deeper|for the first time|myself again|so deep)",
    ),
    Rule(
        "sh.making_cuts",
        SH,
        "high",
        r"(?:making|made|make|leaving|left|giving myself|gave myself|give myself|adding|added"
        r"|new|fresh|deep|deeper|more) (?:(?:some|a few|new|fresh|deep|more|little|small|tiny"
        r"|lots of|loads of) )*(?:cuts|gashes|slashes|burns|lines)(?: \w+){0,2} (?:on|in|into"
        r"|across|all over|up and down) my (?:own )?(?:skin|<BODY>)"
        r"|(?:making|made|giving myself|gave myself) (?:\w+ )?scratches (?:on|in|into|across"
        r"|all over) my (?:own )?(?:skin|<BODY>)",
    ),
    Rule(
        "sh.covered_in_cuts",
        SH,
        "possible",
        r"my (?:<BODY>|skin) (?:is|are|s|re|was|were) (?:covered|full|lined) (?:in|of|with)"
        r" (?:cuts|fresh cuts|new cuts|burns|scratches|wounds|gashes)",
    ),
    Rule(
        "sh.tool_on_skin",
        SH,
        "high",
        r"(?:used|using|use|held|holding|hold|put|putting|pressed|pressing|press|took|take|ran"
        r"|dragged|dragging|drag) (?:a |the |my |some )?(?:hot |heated |red hot |sharp |broken )?"
        r"(?:lighter|cigarette|cig|match|matches"
        r"|razor|blade|knife|compass|scissors|pin|needle|safety pin|hot spoon|iron|curling iron"
        r"|lit match|candle|glass|shard)(?: \w+){0,2} (?:on|to|against|into|across|along|over)"
        r" my (?:own )?(?:skin|<BODY>)",
    ),
    Rule(
        "sh.self_with_tool",
        SH,
        "high",
        r"(?:scratch|scratching|scratched|cut|cutting|slice|slicing|sliced|scrape|scraping|scraped"
        r"|mark|marking|marked|hurt|hurting|carve|carving|carved|burn|burning|burned|burnt|stab"
        r"|stabbing|stabbed|pierce|piercing|pierced|prick|pricking) (?:<SELF>|my (?:own )?(?:<BODY>"
        r"|skin))(?: \w+){0,2} (?:with|using) (?:a |the |my |some )?(?:razor|razors|razor blade"
        r"|blade|blades|knife|lighter|cigarette|cig|scissors|compass|glass|broken glass|shard|pin"
        r"|safety pin|needle|sharpener|pencil sharpener|nails|fingernails|box cutter|hot \w+)",
    ),
    Rule(
        "sh.crave_blade",
        SH,
        "high",
        r"(?:want|need|wanna|miss|missing|crave|craving|long for|longing for|itching for|urge for)"
        r" (?:to feel |the feeling of |the feel of )?(?:the |my )?(?:blade|blades|razor|razors"
        r"|cutting|self harming|bleeding|burning myself)(?: again| so bad| so badly| on my skin)?"
        r"(?=$|[.!?,;:]| (?:again|so bad|tonight|i|and|but)\b)",
    ),
    Rule(
        "sh.rip_skin",
        SH,
        "possible",
        r"(?:rip|ripping|tear|tearing|peel|peeling|claw|clawing|scratch|scratching|carve|carving"
        r"|cut|cutting) (?:my (?:own )?skin|my (?:own )?face|my (?:own )?(?:<BODY>)) (?:off|open"
        r"|apart"
        r"|to pieces|to shreds)",
    ),
    Rule(
        "sh.habit_helps",
        SH,
        "high",
        r"(?:cutting|self harm|self harming|burning myself|hurting myself|hitting myself|cutting"
        r" myself|the cutting|my cutting|sh) (?:is|helps|makes me|was|has been|feels|calms me"
        r"|numbs|gives me|is the only|s the only|works|stops|quiets|quietens)"
        r"(?! (?:the (?:grass|hair|lawn|cake|bread|paper|wood|budget)|a (?:skill|hobby|chore)"
        r"|handled|covered|discussed|mentioned|shown|portrayed|depicted|addressed|raised"
        r"|featured|explored|talked about|(?:the|a) (?:topic|theme|subject)))",
    ),
    Rule(
        "sh.scars_from",
        SH,
        "possible",
        r"(?:scars|marks|cuts|burns|wounds)(?: \w+){0,4} from (?:cutting|self harm|self harming"
        r"|burning myself|hurting myself|when i (?:cut|used to cut|self harmed|hurt myself))",
    ),
    Rule(
        "sh.scratch_wrists",
        SH,
        "possible",
        r"(?:scratch|scratching|scratched|scrape|scraping|scraped|picking at|picked at|digging"
        r" into|dug into|clawing at|clawed at) (?:at )?my (?:wrists?|forearms?|thighs?)",
    ),
    Rule(
        "sh.reopen_wounds",
        SH,
        "possible",
        r"(?:pick|picking|picked|scratch|scratching|scratched|reopen|reopening|reopened|open"
        r"|opening|opened|tear|tearing|tore) (?:at )?(?:open )?(?:my |the )?(?:wounds|cuts|scabs"
        r"|scars|stitches)(?: \w+){0,3} (?:so (?:they|it) (?:dont|do not|wont|never|cant) heal"
        r"|open again|to make (?:them|it) bleed|until (?:they|it) (?:bleed|bled|bleeds))"
        r"|(?:reopen|reopening|reopened|re open|re opened) (?:my |the |old )?(?:cuts|wounds|scars)",
    ),
    Rule(
        "sh.pull_hair_until",
        SH,
        "possible",
        r"(?:pull|pulled|pulling|rip|ripped|ripping|tear|tore|tearing|yank|yanked|yanking)"
        r" (?:out )?(?:my (?:own )?)?(?:hair|eyelashes|eyebrows)(?: out)?(?: \w+){0,3} (?:until"
        r"|till|so|to the point)(?: \w+){0,3} (?:bled|bleed|bleeds|bald|bald patches|bald spots"
        r"|bald spot|hurt|hurts|raw)",
    ),
    Rule(
        "sh.so_i_cut",
        SH,
        "high",
        r"(?:so|and|then|until|because|thats why|that s why|which is why|after|when|since"
        r"|every time|whenever) i (?:cut|cutted|burned"
        r"|burnt|hurt myself|hit myself|cut myself)(?=$|[.!?,;:]| (?:again|myself|deep|deeper"
        r"|last night|tonight)\b)",
    ),
    Rule(
        "sh.raw_skin",
        SH,
        "possible",
        r"(?:scratch|scratched|scratching|rub|rubbed|rubbing|pick|picked|picking|claw|clawed"
        r"|clawing|scrub|scrubbed|scrubbing) (?:at )?my (?:\w+ )?(?:arms?|skin|legs?|wrists?"
        r"|thighs?|face|hands?|scalp) (?:raw|bloody|open|to shreds|till they bled|until they bled)"
        r"(?! (?:\w+ ){0,4}?(?:eczema|itch|itchy|rash|bites|hives|allergy|sunburn|psoriasis))",
    ),
    Rule(
        "sh.bare_cut_again",
        SH,
        "high",
        r"(?:^|(?<=[.!?,;:] ))(?:cut|burned|burnt|cutting|sh d|harmed) (?:again|deeper|deep"
        r"|last night|tonight|twice)(?=$|[.!?,;:]| (?:deeper|this time|last night|tonight)\b)",
    ),
    Rule(
        "sh.smash_hand_into_wall",
        SH,
        "high",
        r"(?:smash|smashed|smashing|punch|punched|punching|hit|hitting|bang|banged|banging|slam"
        r"|slammed|slamming) my (?:hand|hands|fist|fists|head|knuckles|arm|arms) (?:into|against"
        r"|on|off) (?:the|a) (?:wall|walls|door|mirror|floor|desk|table|window)(?: \w+){0,3}?"
        r" (?:till|until|til|so hard|and it) (?:it |they |i |my \w+ )?(?:bled|bleed|bleeding|broke"
        r"|cracked|bruised|split|hurt|swelled|went numb)",
    ),
    Rule(
        "sh.self_harm_word",
        SH,
        "possible",
        r"self ?harm(?:ing|ed|s)?|self ?injur(?:y|ies|e|ed|ing|ious)|self ?mutilat(?:ion|e|ed"
        r"|ing)|self ?inflicted|nssi",
        mention=True,
    ),
    Rule(
        "sh.hurt_self",
        SH,
        "high",
        r"(?:hurt|hurts|hurting|harm|harming|harmed|injure|injured|injuring|mutilate|mutilating"
        r"|mutilated|torture|torturing|tortured|wound|wounding|wounded|maim|maiming) (?:<SELF>"
        r"|my (?:own )?body)",
    ),
    Rule(
        "sh.punish_self",
        SH,
        "possible",
        r"(?:punish|punishing|punished|abuse|abusing|abused|damage|damaging|damaged) (?:<SELF>"
        r"|my (?:own )?body)(?! (?:for (?:eating|the|that|not)|with (?:guilt|thoughts|words"
        r"|self talk|negative)|emotionally|mentally|by (?:overthinking|worrying|thinking)"
        r"|(?:at|in) the (?:gym|pool|park)|(?:with|doing|by doing) (?:workouts?|training|running"
        r"|squats|weights|cardio|hiit|marathon \w+)|with (?:this|the) (?:diet|training plan"
        r"|workout)))",
    ),
    Rule(
        "sh.burn_self",
        SH,
        "high",
        r"(?:burn|burns|burned|burnt|burning|scald|scalded|scalding|brand|branded|branding)"
        r" (?:<SELF>|my (?:own )?(?:<BODY>|hands?))(?! out)",
    ),
    Rule(
        "sh.hit_self",
        SH,
        "high",
        r"(?:hit|hits|hitting|punch|punched|punches|punching|slap|slapped|slapping|bang|banged"
        r"|slam|slammed|slamming|smack|smacked|smacking|knock|knocked|knocking"
        r"|banging|smash|smashed|smashing|bash|bashed|bashing|headbutt|headbutted|bite|bit"
        r"|bitten|biting|choke|choked|choking|strangle|strangled|strangling|whip|whipped"
        r"|whipping|beat|beating|bruise|bruised|bruising) (?:<SELF>|my (?:own )?(?:head|face"
        r"|<BODY>|fists?))(?! (?:up|over|about))",
    ),
    Rule(
        "sh.punch_wall_bleed",
        SH,
        "high",
        r"(?:punch|punched|punching|hit|hitting|bang|banged|banging|smash|smashed|kick|kicked"
        r"|kicking)"
        r" (?:the |a )?"
        r"(?:walls?|mirror|door|window|floor)(?: \w+){0,3} (?:until|till|til) (?:my (?:knuckles"
        r"|hands?|fists?|head) |it |they |i )?(?:bled|bleed|bleeding|broke|bruised|bruise|bruises"
        r"|split|hurt|hurts|swell|swelled|swelled up|went numb|cracked)",
    ),
    Rule(
        "sh.bleed",
        SH,
        "high",
        r"(?:make|made|making|makes|watch|watching|want to|wanted to|need to|needed to"
        r"|until|till|til|see|seeing|like to|love to|to) (?:<SELF> |my (?:skin|<BODY>) |it |them"
        r" |i |they )?(?:bleed|bled|bleeding|bleeds)(?! (?:money|cash|dry|through|onto|into|out"
        r" (?:the|of)|colou?r|ink|on the page))",
    ),
    Rule(
        "sh.scratch_until",
        SH,
        "high",
        r"(?:scratch|scratched|scratching|pick|picked|picking|pull|pulled|pulling|rip|ripped"
        r"|ripping|tear|tore|tearing|claw|clawed|clawing|dig|digging|dug|scrape|scraped"
        r"|scraping|rub|rubbed|rubbing) (?:at )?(?:<SELF>|my (?:own )?(?:skin|<BODY>|face|scalp"
        r"|scabs?|wounds?|cuts?|scars?|lips?|cuticles?)|out my (?:hair|eyelashes))(?: out)?"
        r"(?: \w+){0,3} <ADV>(?:until|till|til|to the point|so) (?:it |they |i |my \w+ |the skin"
        r" )?(?:bleed|bled|bleeds|bleeding|is raw|are raw|was raw|were raw|went raw|broke"
        r"|hurt|hurts|scarred|hurts so much)",
    ),
    Rule(
        "sh.starve_self",
        SH,
        "possible",
        r"(?:starve|starving|starved) (?:<SELF>|my body)(?! (?:of|for|so that|till dinner"
        r"|until dinner|before|all day before|at work))"
        r"|(?:make|made|making) <SELF> (?:throw up|vomit|sick)(?! (?:with worry|worrying"
        r"|thinking|over))",
    ),
    Rule(
        "sh.deserve_pain",
        SH,
        "possible",
        r"(?:i )?(?:deserve|deserved|need|needed|want|wanted|crave|craving|desire) (?:to )?"
        r"(?:feel |be in |the |some |more |physical |real )?(?:pain|to hurt|to be hurt"
        r"|to suffer|to be punished|punishment|to bleed|to feel pain|to feel something real"
        r"|physical pain)(?! (?:killers?|relief|meds|medication|management|clinic|free|less"
        r"|au chocolat|him|her|them|you|someone|somebody|people|others|the|my|his|their"
        r"|anyone|everyone|from))",
    ),
    Rule(
        "sh.blades",
        SH,
        "possible",
        r"(?:bought|buy|buying|got|get|getting|have|hid|hide|hiding|hidden|keep|kept|keeping"
        r"|took|take|taking|found|find|sharpened|stashed|stash|holding|held|removed|remove"
        r"|ordered|collect|collecting|collected|hoard|hoarding|hoarded|stockpiling|stockpiled"
        r"|saving|saved) (?:a |the |my |some |new |more |another |out (?:a |the |my )?)?"
        r"(?:(?:new |fresh |spare )?(?:pack|packet|box|set) of (?:new |fresh )?)?(?:razor ?blades?"
        r"|razors?|blades?|box cutter|stanley knife|craft knife|scalpels?"
        r"|exacto|x acto)(?! (?:for (?:the|my|a) (?:mower|lawnmower|lawn mower|saw|shaving"
        r"|beard|legs|face|work|project|crafts?|art|model|hobby|kitchen|job|sharpener)"
        r"|to shave|for shaving|to cut (?:the|some|open|paper|fabric|cardboard|boxes?)"
        r"|of grass|in the (?:kitchen|shed|garage|toolbox)|at work|for work|from work))",
    ),
    Rule(
        "sh.blade_from_razor",
        SH,
        "high",
        r"(?:took|take|taking|get|got|getting|pull|pulled|pulling|remove|removed|removing|break"
        r"|broke|breaking|prise|prised|pry|pried) (?:the |a |out the |out a )?blades? (?:out )?"
        r"(?:of|from) (?:a|the|my) (?:razor|sharpener|pencil sharpener)"
        r"|(?:took|take|taking|broke|break|breaking) (?:apart )?(?:a|the|my) (?:razor"
        r"|pencil sharpener|sharpener) (?:apart|open)",
    ),
    Rule(
        "sh.hiding_marks",
        SH,
        "possible",
        r"(?:hide|hiding|hid|cover|covering|covered) (?:the |my )?(?:cuts|scars|wounds|burns"
        r"|marks|bruises)(?: on my \w+)?(?! (?:from the (?:surgery|operation|accident)))"
        r"|(?:long sleeves|wear long sleeves|wearing long sleeves) (?:to hide|so no one sees"
        r"|so nobody sees|in summer)",
    ),
)
