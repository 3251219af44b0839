"""Plans, means and preparation."""

from __future__ import annotations

from attune.clinical.safety.lexicon.base import PM, Rule

# ---------------------------------------------------------------------------------------
# Plans, means and preparation
# ---------------------------------------------------------------------------------------
PLAN_OR_MEANS: tuple[Rule, ...] = (
    Rule(
        "pm.stockpile_pills",
        PM,
        "high",
        r"(?!collect\w* (?:my |the |a )?(?:repeat )?(?:prescriptions?|scripts?|repeats?|meds"
        r"|medications?)\b)"
        r"(?:stockpil(?:e|ed|es|ing)|hoard(?:ed|ing)?|sav(?:e|ed|ing)(?: up)?|collect(?:ed|ing)?"
        r"|stash(?:ed|ing)?|build(?:ing)? up|built up|amass(?:ed|ing)?|squirrel(?:l?ed|l?ing)?"
        r" away|accumulat(?:e|ed|ing)|put(?:ting)? aside|set(?:ting)? aside|stor(?:e|ed|ing) up"
        r"|secretly keep(?:ing)?|secretly sav(?:e|ed|ing)|not taking and saving) (?:up )?(?:all )?"
        r"(?:of )?(?:my |some |the |a lot of |lots of |loads of |enough |extra |more |a bunch of "
        r"|a stash of |a supply of |up my |away my |away |them |these )?(?:(?:mums|moms|dads"
        r"|mothers|fathers|partners|wifes|husbands|nans|grandmas|grans|sisters|brothers"
        r"|friends|roommates|flatmates) )?(?:old |spare |leftover "
        r"|unused |prescription |prescribed |sleeping |strong )?(?:<PILLS>|prescriptions?"
        r"|scripts?|repeat prescriptions?|repeats)(?! (?:for (?:my|the|a)"
        r" (?:trip|holiday|travel|vacation|dog|cat|mum|mom|dad|grandma|grandpa|nan)s?|in (?:the|a"
        r"|my) (?:organiser|organizer|dosette|pill box|weekly)|so (?:i dont|i do not) run out"
        r"|in case (?:i|the|of) (?:run out|pharmacy)|to (?:take|return|dispose|give) (?:back|to"
        r" the pharmacy)|bottles?|containers?|boxes for|organi[sz]ers?|box|case|dispenser"
        r"|holder|cutter|crusher|reminders?|app|tracker|packaging))",
    ),
    Rule(
        "pm.stockpiling",
        PM,
        "possible",
        r"stockpil(?:e|ed|es|ing)(?! (?:food|cans|canned|tins|water|toilet|loo|snacks|supplies"
        r"|groceries|firewood|wood|ammo|ammunition|weapons|for (?:the|winter|a|an|christmas"
        r"|summer|emergencies)|of (?:food|cans|tins|water|toilet|supplies|snacks)|up on|rice"
        r"|pasta|beans|masks|fuel|gas|petrol|batteries|books|yarn|wool|fabric|paper|stationery"
        r"|coffee|tea|cat food|dog food|nappies|diapers|candles|vaccines|gold))",
    ),
    Rule(
        "pm.bought_pills",
        PM,
        "possible",
        r"(?:bought|buying|buy|got|ordered|picked up|purchased|stocked up on|collected)"
        r" (?:some |extra |more |new )?(?:sleeping )?<PILLS>(?! (?:for (?:my|the|a|his|her"
        r"|our|mum|mom|dad|nan|grandma) (?:headache|back|cold|flu|migraine|period|cramps"
        r"|toothache|tooth|hay ?fever|allergies|allergy|dog|cat|trip|holiday|mum|mom|dad|nan"
        r"|grandma|kids?|son|daughter|partner|cough|throat|pain|knee|injury|hangover)|from (?:the"
        r" )?(?:pharmacy|chemist|doctor)(?: for)|at the pharmacy for|and (?:vitamins|tissues)))",
    ),
    Rule(
        "pm.bought_many_pills",
        PM,
        "high",
        r"(?:bought|buying|buy|got|ordered|picked up|purchased|stocked up on|collected)"
        r" (?:a lot of |loads of |lots of |so many |enough |a bunch of |tons of |a shitload of"
        r" |(?:\d+|two|three|four|five|six|several|a few|multiple|extra) (?:packs|packets|boxes"
        r"|bottles|strips|tubs) of )(?:sleeping )?<PILLS>",
    ),
    Rule(
        "pm.use_it_on_myself",
        PM,
        "high",
        r"(?:use|used|using|turn|turned|turning) (?:it|them|the (?:gun|knife|rope|blade|blades"
        r"|pills|razor)) on <SELF>",
    ),
    Rule(
        "pm.research_methods_bare",
        PM,
        "possible",
        r"(?:research|researching|researched|looking up|looked up|googling|googled|reading about"
        r"|read about|looking into|looked into) (?:different |the best |various |)?(?:ways|methods"
        r"|how to do it)(?=$|[.!?,;:]| (?:again|tonight|today|and|i|online|all night|lately))",
    ),
    Rule(
        "pm.intent_take_bunch",
        PM,
        "high",
        r"(?:going to|gonna|was going to|want to|wanted to|wanna|thinking (?:about|of)|thought"
        r" about|tempted to|urge to|ready to|about to|plan to|planning to|decided to|could|might)"
        r" (?:just )?(?:take|taking|swallow|swallowing|down|downing) (?:a bunch of|a load of|loads"
        r" of|a pile of|a heap of|a handful of|handfuls of|lots of|so many|too many|a lot of"
        r"|enough|a ton of|all the|the whole bottle of|a whole bottle of|a whole box of)"
        r" (?:my |the |those |these |sleeping )?<PILLS>",
    ),
    Rule(
        "pm.intent_take_all",
        PM,
        "high",
        r"(?:going to|gonna|was going to|want to|wanted to|wanna|almost|nearly|thinking (?:about"
        r"|of)|thought about|tempted to|urge to|ready to|about to|plan to|planning to|decided to"
        r"|will|ill|could|should|might) (?:just )?(?:take|taking|swallow|swallowing|down"
        r"|downing|took|swallowed) (?:all|every one|the rest|all of|the whole lot of|everything)"
        r" (?:of )?(?:my|the|these|those|her|his|mums|moms|dads)? ?<PILLS>",
    ),
    Rule(
        "pm.chose_place",
        PM,
        "possible",
        r"(?:chose|chosen|picked|found|decided on|scouted|checked out|went to look at|been to"
        r" look at|settled on) (?:the |a |my )?(?:bridge|cliff|overpass|high building|tall"
        r" building|train line|railway line|method|tree to|spot to (?:do it|jump|end it)|place to"
        r" (?:do it|jump|end it|die)|(?:spot|place|location|tree) (?:in the woods|in the forest"
        r"|by the river|on the cliffs?|near the tracks|at the bridge|by the tracks|on the bridge"
        r"|by the sea))(?=$|[.!?,;:]| (?:already|and|i|to|now|near|where)\b)",
    ),
    Rule(
        "pm.gun_access",
        PM,
        "possible",
        r"(?:got|took|get|take|taking|getting|found|hold|holding|held|loaded|load|loading|cleaned"
        r"|checked|bought|buy|buying) (?:out )?(?:my |the |a |his |her |dads |my dads |my fathers "
        r"|my husbands |my brothers |my partners |the family )?(?:gun|pistol|handgun|revolver"
        r"|shotgun|rifle|firearm|glock)(?: out)?(?: (?:of|from) (?:the|his|her|my) (?:safe"
        r"|cabinet|drawer|closet|case|cupboard))?(?! (?:for (?:hunting|the range|a lesson"
        r"|deer|target|clay)|license|licence|to the range|range|course|safety|game))",
    ),
    Rule(
        "pm.crash_car_bare",
        PM,
        "high",
        r"(?:<DESIRE> <TO>|wanna|gonna|going to|thought about|thinking (?:about|of)|think about"
        r"|tempted to|urge to|urges to|could just|might just|plan to|planning to) <ADV>(?:crash"
        r"|wreck|total|write off) (?:my|the) (?:car|motorbike|bike|van)(?! (?:insurance|into"
        r" (?:a|the) (?:parking|garage|driveway)))",
    ),
    Rule(
        "pm.hiding_pills",
        PM,
        "possible",
        r"(?:hid|hide|hiding|hidden|keep|keeping|kept) (?:all )?(?:my |the |some |a few |a lot of"
        r" )?<PILLS> (?:hidden|secret|in my (?:room|drawer|bag|car|wardrobe|closet|sock)"
        r"|under my (?:bed|pillow|mattress)|from (?:my|the|everyone))",
    ),
    Rule(
        "pm.pills_ready",
        PM,
        "high",
        r"(?:have|got|ive got|i ve got|gathered|lined up|laid out|counted out|counted|put|poured"
        r"|sitting with|holding) (?:all )?(?:the |my |enough |some |a pile of |a handful of |a"
        r" heap of )?<PILLS> (?:lined up|laid out|counted out|counted|in front of me|next to me"
        r"|beside me|by my bed|on (?:the|my) (?:table|desk|bed|nightstand|bedside table)"
        r"|in my hand|in my hands|on my lap|right here)",
    ),
    Rule(
        "pm.pills_ready_ambiguous",
        PM,
        "possible",
        r"(?:have|got|ive got|i ve got|gathered) (?:all )?(?:the |my |enough |some )?<PILLS>"
        r" (?:ready|saved|stashed|set aside|put away for)(?! (?:for (?:the|my|a|tomorrow|the"
        r" morning|the week|travel)|to take (?:in|with|at|before|after)))",
    ),
    Rule(
        "pm.enough_pills",
        PM,
        "high",
        r"enough (?:<PILLS>|pills|of (?:my|the|these|them|it)) (?:saved |stored |stashed |now "
        r"|left |at home |here |in the house )?(?:to )?(?:kill|end|die|overdose|od|do it|finish"
        r"|not wake up|never wake up|put me|do the job|be fatal|be lethal|take my life|end it"
        r"|end things|stop my heart|knock me out forever|make sure)",
    ),
    Rule(
        "pm.take_all_pills",
        PM,
        "high",
        r"(?:take|took|taking|swallow|swallowed|swallowing|down|downed|downing|chug|chugged"
        r"|eat|ate|gulp|gulped|overdose on|od on) (?:all|every single one|all of|every one)"
        r" (?:of )?(?:my|the|these|those|them|it|her|his)? ?(?:<PILLS> )?(?:at once|at the same"
        r" time|in one go|together|tonight|and (?:go to sleep|never wake up|not wake up|die"
        r"|end it|sleep forever|hope|see what happens)|to (?:die|end it|sleep forever|not wake"
        r" up))"
        r"|(?:swallow|swallowed|swallowing|down|downed|downing|chug|chugged|gulp|gulped)"
        r" (?:all|every one|all of) (?:of )?(?:my|the|these|those|them) ?<PILLS>",
    ),
    Rule(
        "pm.bottle_of_pills",
        PM,
        "high",
        r"(?:take|took|taking|swallow|swallowed|swallowing|down|downed|downing|chug|chugged|eat"
        r"|ate|gulp|gulped|empty|emptied|emptying|tip|tipped|pour|poured) (?:out )?(?:a|the|an"
        r"|my|her|his) (?:whole |entire |full |complete )?(?:bottle|box|pack|packet|packets"
        r"|strip|tub|container|jar|handful|fistful|stash|supply|months supply|month s supply"
        r"|weeks supply|week s supply|blister pack|blister packs) (?:of )?(?:my |the |those "
        r"|these |sleeping )?<PILLS>",
    ),
    Rule(
        "pm.too_many_pills",
        PM,
        "high",
        r"(?:took|take|taking|swallowed|swallow|swallowing|downed|ate) (?:way |far |a lot |so "
        r"|really )?(?:too many|loads of|a ton of|tons of|a shitload of|handfuls of|a handful of"
        r"|a bunch of|a load of|a pile of|a heap of|a whole load of"
        r"|(?:1\d|[2-9]\d|\d{3,}|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a"
        r" hundred|hundreds of|dozens of|a dozen)) (?:of )?(?:my |the |those |these |sleeping )?"
        r"(?:(?:mums|moms|dads|nans|grans|partners|wifes|husbands|flatmates|sisters|brothers)"
        r" )?"
        r"<PILLS>(?! (?:for (?:my|the|a) (?:headache|back|cold|flu|migraine|period|cramps"
        r"|toothache|tooth)|over the (?:week|month|year)|this (?:month|year)|a (?:day|week)"
        r"|per (?:day|week)|every))",
    ),
    Rule(
        "pm.overdose_intent",
        PM,
        "high",
        r"(?:<DESIRE> <TO>|wanna|gonna|going to|plan to|planning to|planned to|try to|tried to"
        r"|trying to|thinking (?:about|of)|thought about|think about|considering|considered"
        r"|might|could|will|ill|i ll|decided to|about to|ready to|i|ive|i have|i had|i almost"
        r"|almost|nearly|attempted to|attempt to|tempted to|to|urge to|urges to|last|my)"
        r" <ADV>(?:overdos(?:e|ed|ing)|od|o d)(?! (?:on (?:caffeine|coffee|sugar|chocolate"
        r"|candy|sweets|netflix|tv|carbs|cuteness|energy drinks|red bull|hot sauce|cheese|cake"
        r"|vitamin|love|work|social media|drama|pizza|tea|memes|cat videos|dopamine"
        r"|serotonin)|tbh|at))",
    ),
    Rule("pm.overdose_word", PM, "possible", r"overdos(?:e|ed|es|ing)", mention=True),
    Rule(
        "pm.lethal_dose",
        PM,
        "high",
        r"(?:lethal|fatal|deadly|killing) (?:dose|doses|amount|amounts|quantity|overdose"
        r"|number of (?:pills|tablets))"
        r"|how many <PILLS> (?:would it take|does it take|it takes|to (?:die|kill|overdose|od"
        r"|end it|not wake up)|would kill|will kill|kill (?:you|a person|someone|me)|are (?:lethal"
        r"|fatal|deadly)|until (?:you|i) die|is a lethal|is an overdose|before (?:you|i) die)",
    ),
    Rule(
        "pm.research_method",
        PM,
        "high",
        r"(?:googl(?:e|ed|ing)|search(?:ed|ing)?|look(?:ed|ing)? up|research(?:ed|ing)?"
        r"|read(?:ing)? (?:up )?(?:about|on)|watch(?:ed|ing)? videos (?:about|on)"
        r"|asked (?:chatgpt|ai|google|the internet)|looking into|looked into|find|found|finding"
        r"|figure out|figured out|figuring out|learning|learn|learned|learnt|work out|worked out"
        r"|working out|know|knew|worked out|reading about|forums? (?:about|on)) (?:for )?"
        r"(?:how to (?:die|kill myself|end it|end my life|overdose|od|hang myself|do it"
        r" (?:painlessly|quickly|properly)|tie a noose|commit <SUICIDE>|make it (?:quick"
        r"|painless))|(?:the )?(?:painless|quick|quickest|easiest|best|surest|fastest|most"
        r" effective|least painful|peaceful|gentle|easy|simple|sure)(?:est)? (?:ways?|methods?"
        r"|means) (?:to|of) (?:die|dying|kill myself|killing myself|end it|ending it|end my life"
        r"|ending my life|<SUICIDE>|commit <SUICIDE>)|(?:ways?|methods?) (?:to|of) (?:die|dying"
        r"|kill myself|killing myself|end it|ending it|end my life|ending my life"
        r"|commit <SUICIDE>|<SUICIDE>)|lethal doses?|<SUICIDE> methods?|how many \w+ (?:it takes"
        r"|would kill|to die|to overdose)|the (?:tallest|highest) (?:bridges?|buildings?|cliffs?"
        r"|towers?|car parks?|structures?|points?)|which bridge|how long"
        r" it takes to (?:die|bleed out|drown|suffocate|hang)|where to buy (?:a gun|rope|a noose"
        r"|helium|charcoal)|exit bags?|helium hoods?)",
    ),
    Rule(
        "pm.painless_way",
        PM,
        "high",
        r"(?:painless|quick|quickest|easiest|best|surest|fastest|least painful|peaceful|gentle"
        r"|easy|simple|clean|cleanest|most reliable|reliable) (?:ways?|methods?|means) (?:to|of)"
        r" (?:die|dying|kill myself|killing myself|end it|ending it|end my life|ending my life"
        r"|commit <SUICIDE>|<SUICIDE>|not wake up|go to sleep forever|go(?=$|[.!?])|do it(?=$"
        r"|[.!?]))",
    ),
    Rule(
        "pm.have_plan",
        PM,
        "high",
        r"(?:have|had|got|ive got|made|make|making|worked out|work out|working out|figured out"
        r"|figure out|come up with|came up with|thought out|thought through|written|wrote|writing"
        r"|finalised|finalized|settled on|decided on|picked|chosen|chose|set|planned) (?:out )?"
        r"(?:a |the |my |an |up a )?(?:detailed |whole |clear |specific |concrete |full |final "
        r"|proper |real |solid |step by step )?(?:plan|plans|method|date|day|time|place|spot"
        r"|location) (?:to|for|of|on) (?:end(?:ing)? (?:it|my life|things|everything)|kill"
        r"(?:ing)? myself|how (?:to|i|ill|id|i would|i will) (?:end it|die|kill myself"
        r"|end my life)|when (?:to|i|ill|id|i would|i will) (?:end it|die|kill myself"
        r"|end my life)|where (?:to|i|ill|id|i would|i will) (?:end it|die|kill myself"
        r"|end my life)|my (?:death|<SUICIDE>|exit|last day|final day|own death)|<SUICIDE>"
        r"|dying|die|taking my (?:own )?life|take my (?:own )?life|my attempt|overdos\w*"
        r"|jumping|jump off|hanging myself|hang myself|leaving this world|leave this world)",
    ),
    Rule(
        "pm.have_plan_do_it",
        PM,
        "possible",
        r"(?:have|got|ive got|made|worked out|figured out|come up with|came up with|thought out"
        r"|decided on|picked|chosen|set) (?:a |the |my )?(?:plan|method|date|day|time|place)"
        r" (?:to|for|of|on) (?:how (?:to|i|ill|id|i would|i will) |when (?:to|i|ill|id|i would"
        r"|i will) |where (?:to|i|ill|id|i would|i will) )?(?:do it|go through with it"
        r"|doing it|going through with it|it to happen)"
        r"|(?:know|decided|figured out|worked out|chosen|chose|picked|planned) (?:exactly )?"
        r"(?:how|when|where) (?:i(?:ll| will|d| would|m going to| am going to| m going to| m gonna"
        r"|m gonna)|to) (?:do it|go through with it|go|end it)(?=$|[.!?,;:]| (?:and|i|but|now"
        r"|already|tonight|soon|this|if))",
    ),
    Rule(
        "pm.plan_and_when",
        PM,
        "high",
        r"(?:have|got|made|ve got|ve made) (?:a|the|my) plan,? (?:and|now) (?:i )?(?:know|ve"
        r" picked|ve chosen|ve set|have picked|have chosen|have set|decided|picked|chose|set)"
        r" (?:exactly )?(?:when|how|where|the date|a date|the day|the time)",
    ),
    Rule(
        "pm.know_which",
        PM,
        "possible",
        r"(?:i )?know (?:exactly )?(?:which|what) (?:bridge|building|pills|tablets|method|tree"
        r"|train"
        r"|car park|cliff|spot)(?: \w+){0,3} (?:i(?:ll| will|d| would| m going to| am going to)"
        r"|to) (?:use|jump|take|do it|go to|pick)"
        r"|how many <PILLS> (?:i (?:d|would|will|ll) need|it would take|would do it|would be"
        r" enough)(?! (?:for|each|a day|per|to get through))",
    ),
    Rule(
        "pm.note_written",
        PM,
        "possible",
        r"(?:written|wrote|writing|finished|left|prepared|drafted) (?:the|my) (?:final |last )?"
        r"(?:note|notes|letter|letters)(?=$|[.!?,;:]| (?:already|and|i|now|tonight)\b)",
    ),
    Rule(
        "pm.means_ready",
        PM,
        "possible",
        r"(?:have|got|ive got|i ve got|keep|keeping) (?:the |a |my )?(?:rope|noose|gun|knife"
        r"|blades?|razors?|belt|cord|ligature|charcoal|helium) (?:ready|tied|set up|in place|hidden"
        r"|prepared|with me|in my (?:bag|car|room|pocket|drawer)|under my (?:bed|pillow))"
        r"(?! (?:for (?:the|a|my|our|tomorrow)|to (?:tie|climb|hang the|secure)))",
    ),
    Rule(
        "pm.save_them_up",
        PM,
        "high",
        r"<PILLS>(?: \w+){0,8} (?:save|saving|saved|stockpile|stockpiling|hoard|hoarding|stash"
        r"|stashing|collect|collecting|hide|hiding) (?:them|it|those|these)(?: up| all| hidden"
        r"| for (?:later|one day|when|the right))"
        r"|(?:stopped|not|havent been|have not been|quit|pretending to be|pretend to be) taking"
        r" (?:my )?<PILLS>(?: \w+){0,4} (?:save|stockpile|collect|hoard|stash|keep) (?:them|it)",
    ),
    Rule(
        "pm.take_them_all",
        PM,
        "high",
        r"<PILLS>(?: \w+){0,10} (?:going to|gonna|will|ill|want to|wanna|about to|planning to"
        r"|plan to|could|might|thinking (?:about|of)|tempted to) (?:just )?(?:take|swallow|down)"
        r" (?:them|it|those|these) all"
        r"|(?:take|swallow|down|took|swallowed|downed) all of (?:them|those|these) (?:at once"
        r"|tonight|and)",
    ),
    Rule(
        "pm.notes_for_family",
        PM,
        "possible",
        r"(?:wrote|written|writing|write|left|leaving|leave) (?:some |a few |)?(?:notes|letters)"
        r" (?:to|for) (?:my (?:family|kids|children|parents|partner|wife|husband|loved ones"
        r"|friends)|everyone|everybody|the people i love)(?=$|[.!?,;:]| (?:and|i|just|in case"
        r"|tonight)\b)",
    ),
    Rule(
        "pm.thinking_of_taking_them",
        PM,
        "possible",
        r"<PILLS>(?: \w+){0,8} (?:thinking (?:about|of)|want to|wanna|going to|gonna|tempted to"
        r"|about to|might|could|keep thinking about) (?:just )?(?:take|taking|swallow|swallowing"
        r"|down|downing) (?:them|it|those|these)(?: all| tonight| now)?<HOLD_FOLLOW>",
    ),
    Rule(
        "pm.charcoal_tape",
        PM,
        "possible",
        r"charcoal (?:and|&) (?:duct |gaffer )?tape|(?:duct |gaffer )?tape (?:and|&) charcoal"
        r"|(?:bought|got|buy|ordered) (?:a |some )?(?:disposable )?(?:bbq|barbecue|charcoal)"
        r"(?: \w+){0,2} (?:and|&) (?:duct |gaffer )?tape",
    ),
    Rule(
        "pm.early_refill",
        PM,
        "possible",
        r"(?:fill|filled|refill|refilled|get|got|order|ordered|collect|collected|pick up|picked"
        r" up) (?:my )?(?:prescription|script|meds|pills|repeat|tablets)(?: \w+){0,2} early"
        r"(?: \w+){0,3} (?:so|to) (?:i d|id|i would|i can|i could|i ll|ill|i) (?:have|had|get"
        r"|got) (?:extra|more|enough|spare)",
    ),
    Rule(
        "pm.take_whole_packet",
        PM,
        "high",
        r"(?:going to|gonna|will|ill|want to|wanna|about to|planning to|plan to|thinking (?:about"
        r"|of)|could|might|tempted to|decided to) (?:just )?(?:take|swallow|down|eat) (?:the|a"
        r"|my) (?:whole|entire|full) (?:packet|pack|bottle|box|strip|blister|tub|jar|lot|supply)",
    ),
    Rule(
        "pm.tallest",
        PM,
        "possible",
        r"(?:looking at|looked at|checking out|checked out|scouting|scouted|keep thinking about"
        r"|thinking about|obsessing over|staring at|stared at) (?:the )?(?:tallest|highest)"
        r" (?:bridges?|buildings?|car parks?|multi storeys?|towers?|cliffs?|structures?|points?)",
    ),
    Rule(
        "pm.thinking_about_using_it",
        PM,
        "possible",
        r"(?:gun|pistol|rifle|shotgun|knife|rope|pills|blade|razor|belt|noose)(?: \w+){0,10}"
        r" (?:thinking about|think about|thought about|tempted to|want to|wanna|going to|gonna"
        r"|urge to|keep thinking about) (?:using|use) (?:it|them)(?! (?:for|to (?:cut|tie|open"
        r"|fix|hang the|make)|on (?:the|a|my) (?!self)))",
    ),
    Rule(
        "pm.use_on_myself",
        PM,
        "high",
        r"(?:using|use|used) (?:it|them|the \w+) on <SELF>(?! (?:for|to (?:fix|cut|trim|shave)"
        r"|first))",
    ),
    Rule(
        "pm.pets_looked_after",
        PM,
        "high",
        r"(?:made sure|making sure|make sure|arranged|arranging|sorted|sorting) (?:that )?(?:my"
        r"|the) (?:cat|cats|dog|dogs|pets?|kids|children|plants|rabbit|fish|hamster)(?: \w+){0,2}"
        r" (?:will be|would be|is|are|gets?|get|will get) (?:looked after|taken care of|cared for"
        r"|fed|rehomed|okay|ok|fine|alright)",
        needs_context=True,
    ),
    Rule(
        "pm.how_high",
        PM,
        "high",
        r"how (?:high|tall|far) (?:a|the|you) (?:bridge|building|fall|drop|jump|ledge|cliff"
        r"|need to (?:fall|jump|be)) (?:has to|needs to|would have to|must|should|to) (?:be|fall"
        r"|jump|die|kill)",
    ),
    Rule(
        "pm.at_the_end",
        PM,
        "high",
        r"(?:im|i am|i m|i feel like im|i feel like i m|i feel like i am) at the (?:end|end of the"
        r" road|end of the line)(?=$|[.!?,;:]| (?:and|now|i)\b)",
        needs_context=True,
    ),
    Rule(
        "pm.note",
        PM,
        "high",
        r"(?:<SUICIDE>|goodbye|good bye|farewell|final goodbye|last goodbye|goodbye and sorry)"
        r" (?:notes?|letters?|messages?|videos?|texts?)(?! (?:to|for) (?:my |the |our )?"
        r"(?:team|colleagues|coworkers|co workers|class|students|office|department|company|boss"
        r"|work|followers|subscribers|clients|pupils|readers|customers|neighbours|neighbors"
        r"|landlord|house|apartment|flat|home|city|job|office|school|car|hometown|town|bedroom"
        r"|neighbourhood|neighborhood|old \w+|former \w+|childhood \w+))",
    ),
    Rule(
        "pm.letters_to_family",
        PM,
        "high",
        r"(?:last|final) (?:notes?|letters?|messages?|words|texts?|voicemails?|videos?) (?:to"
        r"|for) (?:my family|everyone|everybody|my (?:kids|children|parents|partner|wife|husband"
        r"|mum|mom|dad|sister|brother|friends|loved ones|boyfriend|girlfriend|family)"
        r"|the people i love)"
        r"|(?:wrote|written|write|writing|drafted|left|leave|leaving|finished|typed|recorded"
        r"|prepared) (?:a |some |my |the |all the |a few )?(?:notes?|letters?|messages?"
        r"|videos?) (?:to|for) (?:my family|everyone|everybody|my (?:kids|children|parents"
        r"|partner|wife|husband|mum|mom|dad|sister|brother|friends|loved ones|boyfriend"
        r"|girlfriend)|the people i love|whoever finds me|the person who finds me)"
        r"(?: \w+){0,4} (?:goodbye|sorry|when im gone|after im gone|explaining (?:why"
        r"|everything)|saying goodbye|to find|for after|to read after|in case)",
    ),
    Rule(
        "pm.giving_away",
        PM,
        "high",
        r"(?:(?:giving|gave|give|given|handing|handed|hand) away (?:all )?(?:of )?my"
        r"|(?:giving|gave|give|given|handing|handed) (?:all )?(?:of )?my) (?:(?:favourite"
        r"|favorite|most precious|precious|prized|special|important|valuable|sentimental) )?"
        r"(?:things|stuff|belongings|possessions|valuables|prized possessions|treasures"
        r"|jewellery|jewelry|savings|pets?|cat|cats|dog|dogs|guitar|collection|everything)"
        r"(?: away)?(?! (?:to (?:charity|goodwill|the charity shop|a charity|oxfam|the salvation"
        r" army|a thrift store|the thrift store|the food bank|a shelter)|before (?:the|my|our"
        r"|we|i) (?:move|moving|mov|big move)|because (?:im|we are|were|we re|i am) moving"
        r"|since (?:im|we are|were|i am) moving|for the move|on (?:facebook|marketplace"
        r"|freecycle|craigslist|gumtree|vinted|ebay)|to make (?:room|space)|while decluttering"
        r"|as part of decluttering|to declutter|for christmas|as (?:presents|gifts)|for"
        r" (?:birthdays|christmas)|a (?:bath|wash|walk|treat|cuddle|hug)|to (?:my (?:sister"
        r"|brother|mum|mom|dad|parents|neighbou?r|friend)) (?:while|for the (?:week|weekend"
        r"|holiday)|when i (?:travel|go away))|some|treats|food|dinner|breakfast|his|her|their"
        r"|medicine|medication|meds))"
        r"|giving (?:things|stuff|everything) away(?! (?:to charity|before|because|for the move"
        r"|on|at))",
    ),
    Rule(
        "pm.hang_self",
        PM,
        "high",
        r"(?:hang|hanging|hanged|hung) (?:<SELF>|me)(?! (?:up|out|over|off"
        r"|around|upside|from the (?:bar|monkey bars|pull ?up bar)|onto|by (?:my|a) (?:fingertips"
        r"|thread)|loose|tight|with|together))",
    ),
    Rule(
        "pm.noose",
        PM,
        "high",
        r"(?:tie|tied|tying|make|made|making|bought|buy|got|have|put|putting|learned|learn"
        r"|learning|practice|practiced|practised|practising|practicing|knot|knotted|test|tested"
        r"|testing) (?:a |the |my )?noose",
    ),
    Rule("pm.noose_word", PM, "possible", r"nooses?", mention=True),
    Rule(
        "pm.ligature_point",
        PM,
        "high",
        r"(?:tie|tied|tying|put|putting|fasten|fastened|attach|attached|hook|hooked|test|tested"
        r"|testing|check|checked|checking|loop|looped|wrap|wrapped|wrapping) (?:a |the |my )?"
        r"(?:rope|cord|belt|scarf|cable|sheet|ligature|noose|tie|dressing gown cord)(?: \w+){0,3}"
        r" (?:to|around|round|from|over|on|onto) (?:the |a |my )?(?:beam|rafter|rafters|ceiling"
        r"|banister|bannister|door frame|doorframe|closet rod|wardrobe rail|light fitting|pipe"
        r"|door handle|door knob|doorknob|handle|hook|bed frame|bedpost|bunk bed|wardrobe door"
        r"|neck|my neck|throat)"
        r"|(?:beam|rope|belt|hook|pipe|branch|rafter|banister|bannister|rail|cord|scarf"
        r"|doorframe|door frame|light fitting|knot)(?: \w+){0,4} (?:strong enough to (?:hold|take"
        r"|support|bear)|would (?:hold|take|support|bear)|can (?:hold|take|support|bear)"
        r"|will (?:hold|take|support|bear)|held) (?:my (?:weight|body|body weight)|me)"
        r"(?! (?:up|when i (?:climb|climbed)|on (?:the|a) (?:climb|wall)))",
    ),
    Rule(
        "pm.buy_rope",
        PM,
        "possible",
        r"(?:bought|buy|buying|got|get|getting|ordered|order|found|need to (?:get|buy)"
        r"|looked for|looking for|went to buy) (?:a |some |the |enough |strong |a strong "
        r"|a length of |a long |a thick |thick |long )?(?:rope|ropes|cord|ligature)(?! burns?\b)"
        r"(?! (?:for (?:the|my|a|our) (?:\w+ )?(?:swing|hammock|tyre|tire|boat|dog|washing"
        r"|clothesline"
        r"|tent|tarp|bird|lights?|decoration|climbing|pulley|garden|van|car|trailer|roof rack"
        r"|move|moving|project|craft|crafts|macrame|kids|cat|tug|gym|workout|class|camping"
        r"|trip|sailing|kayak|canoe|plants?|fence|bag|crossfit)|ladder|swing|course|bridge|to"
        r" (?:tie|secure|hold|pull|tow|hang (?!myself|me))|lights|toy|skipping|jumping"
        r"|for climbing|for crafts))",
    ),
    Rule(
        "pm.jump_height",
        PM,
        "high",
        r"(?:jump|jumping|jumped|throw|throwing|threw|fling|flinging|leap|leaping|leapt|hurl"
        r"|hurling|step|stepping|drop|dropping|let myself fall|letting myself fall|fall|falling"
        r"|dive|diving) (?:myself )?(?:off|from|over|out of|over the edge of|off the edge of)"
        r" (?:a |the |that |this |my |our |some |an |any |the top of (?:a |the |my |our |that "
        r"|this )?|the edge of (?:a |the |my |our |that |this )?)?(?:high |tall |highest "
        r"|tallest |nearest |local |big |old |railway |train |motorway |golden gate |\w+ )?"
        r"<HEIGHT>",
    ),
    Rule(
        "pm.train_comes",
        PM,
        "high",
        r"(?:jump|jumping|step|stepping|fall|falling|throw myself|throwing myself|lean|leaning"
        r"|walk|walking)(?: \w+){0,4} (?:when|as|just as|before) (?:the|a|the next) (?:train"
        r"|tube|subway|bus|lorry|truck|express) (?:comes|arrives|pulls in|passes|goes past|comes"
        r" through|comes past|comes in|goes by)"
        r"|(?:jump|jumping|step|stepping|fall|falling|throw myself|throwing myself) (?:off|from)"
        r" (?:the )?(?:edge of the )?(?:platform|train platform) (?:in front of|onto the tracks"
        r"|onto the line)",
    ),
    Rule(
        "pm.jump_intent",
        PM,
        "high",
        r"(?:gonna|going to|will|ill|want to|wanna|ready to|about to|planning to|plan to|decided"
        r" to|im going to|i m going to|finally going to) (?:just )?jump(?=$|[.!?,;:]| (?:tonight"
        r"|today|tomorrow|now|soon|this (?:time|weekend|week)|and (?:end|die|never|not)|off (?:it"
        r"|something)|from (?:it|somewhere high)|but|and)\b)",
    ),
    Rule(
        "pm.stand_on_edge",
        PM,
        "possible",
        r"(?:stood|standing|stand|sat|sitting|sit|been standing|went to|go to|drove to|walked to"
        r"|hover|hovering|hovered|linger|lingering|lingered|pacing|paced|teetering|teetered"
        r"|swaying|leaning|leant|leaned"
        r"|walk to|looked down from|look down from|looking down from|climbed|climbing|climb)"
        r" (?:on |at |by |onto |over )?(?:the )?(?:edge|top|railing|ledge|side|wrong side|rail"
        r"|barrier) (?:of )?(?:a |the |that |my |our )?(?:<HEIGHT>|platform|train platform|tracks"
        r"|railway|cliff edge)(?! (?:path|walk|trail|top|to (?:take|get|see|enjoy"
        r"|watch)|for (?:a|the) (?:view|photo|picture|selfie)|and (?:took|enjoyed|watched"
        r"|admired|looked at the view)|with (?:my|friends|the)|on (?:holiday|vacation)))",
    ),
    Rule(
        "pm.sat_on_railing",
        PM,
        "possible",
        r"(?:stood|standing|stand|sat|sitting|sit|climbed|climbing|leaning|leant|leaned|hanging"
        r"|perched) (?:on|over|onto|at|by|off|up on) (?:the |a |that |our |my )?(?:edge of the "
        r"|top of the )?<HEIGHT> (?:railing|railings|edge|ledge|rail|barrier|parapet|wall)",
    ),
    Rule(
        "pm.in_front_of_vehicle",
        PM,
        "high",
        r"(?:jump|jumping|jumped|throw|throwing|threw|step|stepping|stepped|walk|walking|walked"
        r"|run|running|ran|lie|lying|lay|laid|stand|standing|stood|fall|falling|fell|put"
        r"|putting|dive|diving|launch|launching) (?:myself )?(?:down )?(?:in front of|under"
        r"|beneath) (?:a |the |an |that |this |oncoming |moving |passing |speeding |busy "
        r"|the busy |the next |a moving |the oncoming |a speeding |a passing |some )?(?:\w+ )?"
        r"<VEHICLE>"
        r"|(?:jump|jumping|jumped|step|stepping|stepped|walk|walking|walked|run|running|ran|lie"
        r"|lying|lay|laid|throw myself|throwing myself|threw myself) (?:down )?(?:into|onto"
        r"|on to|on|out into) (?:the )?(?:oncoming |busy |moving )?(?:traffic|train tracks"
        r"|railway tracks|tracks|railway line|motorway|highway|freeway|rails)(?! (?:jam|report"
        r"|update|to (?:work|school)))",
    ),
    Rule(
        "pm.crash_car",
        PM,
        "high",
        r"(?:<DESIRE> <TO>|wanna|gonna|going to|thought about|thinking (?:about|of)|think about"
        r"|considered|considering|tempted to|urge to|urges to|almost|nearly|could just"
        r"|could easily|might|should|imagine|imagined|imagining|picture|pictured|picturing"
        r"|fantasi[sz]e|fantasi[sz]ed|fantasi[sz]ing|plan to|planning to|planned to|try to"
        r"|tried to|trying to|let myself|how easy it would be to|just) <ADV>(?:drive|driving"
        r"|crash|crashing|swerve|swerving|steer|steering|aim|aiming|wrap|wrapping|plough|plow"
        r"|ploughing|plowing|speed|speeding|veer|veering|run|running) (?:my |the )?(?:car "
        r"|motorbike |bike |van )?(?:off (?:a |the )?(?:road|cliff|bridge|motorway|highway)"
        r"|into (?:a |the |an |oncoming )?(?:tree|wall|bridge|barrier|cliff|river|lake|traffic"
        r"|oncoming traffic|lorry|truck|pillar|lamppost|lamp post|ditch|ravine|sea|concrete"
        r"|bus|train|the path of|a semi))"
        r"|(?:crash|crashed|crashing|drive|drove|driving|swerve|swerved|swerving) (?:my |the )?"
        r"(?:car|motorbike|bike|van) (?:on purpose|deliberately|intentionally)",
    ),
    Rule(
        "pm.gun",
        PM,
        "high",
        r"(?:shoot|shooting|shot|shoots) (?:<SELF>|me in the head)(?! in the (?:foot|leg|arm))"
        r"|(?:put|putting|hold|holding|held|press|pressed|pressing|point|pointed|pointing)"
        r" (?:a |the |my |his |her |my dads |dads |a loaded )?(?:gun|pistol|revolver|barrel"
        r"|shotgun|rifle|knife|blade|razor|glock) (?:to|against|at|on|in) my (?:own )?(?:head"
        r"|temple|throat|wrist|wrists|chest|heart|mouth|neck)"
        r"|blow my (?:brains|head|brain) out|(?:eat|eating|ate) a (?:bullet|gun)"
        r"|bullet (?:in|through|into) my (?:head|brain|skull|heart)"
        r"|(?:bought|buy|buying|get|getting|got|borrow|borrowed|take|took|have|found"
        r"|get hold of|got hold of|load|loaded|loading) (?:a |the |my |his |her |my dads "
        r"|my fathers |my husbands |my brothers |dads |a loaded )?(?:gun|pistol|handgun|revolver"
        r"|shotgun|rifle|firearm|glock)(?: \w+){0,3} (?:to|for|so i can|so i could) (?:end"
        r"|kill|shoot|do it|use on myself|myself|end it|finish it|finish myself)",
    ),
    Rule(
        "pm.other_method",
        PM,
        "high",
        r"(?:drown|drowning|drowned|poison|poisoning|poisoned|gas|gassing|gassed|suffocate"
        r"|suffocating|suffocated|smother|smothering|electrocute|electrocuting|electrocuted"
        r"|asphyxiate|asphyxiating|set fire to|setting fire to|immolate|overdose|throw|stab"
        r"|stabbing) <SELF>(?! (?:in (?!(?:the )?(?:river|sea|lake|bath|bathtub|tub|ocean|canal"
        r"|water|pool|waves))|with (?:junk|fast food|sugar|takeaway|processed|caffeine|energy"
        r"|coffee|work)|into (?:work|the|my|a)|at (?:work|the(?! (?:beach|river|lake|sea|seaside"
        r"|coast|pier|reservoir|quarry|canal|lido))|him|her)|out there|on (?:the"
        r"|a|my) (?:bed|sofa|couch|floor)|a party|under the bus))"
        r"|starv(?:e|ing|ed) (?:<SELF>|me) to death"
        r"|(?:drink|drinking|drank|swallow|swallowing|swallowed|take|taking|took|ingest"
        r"|ingesting|ingested) (?:some |a (?:bottle|cup|glass) of |the |a )?(?:bleach|antifreeze"
        r"|anti freeze|rat poison|weed killer|weedkiller|drain cleaner|poison|pesticide|paraquat"
        r"|cyanide|arsenic|lye|caustic soda|insecticide|rodenticide)"
        r"|(?:slit|slitting|slash|slashing|slice|slicing|sliced|slashed|cut|cutting|open"
        r"|opening|opened|cut open|cutting open) (?:open )?(?:my )?(?:wrists?|throat|veins?"
        r"|arteries|artery|jugular)(?! (?:on|when|while|by accident))"
        r"|(?:bleed|bleeding|bled) out(?! (?:money|cash|customers|talent|fans|points|members"
        r"|staff|subscribers|players|of (?:the|my|our)))"
        r"|(?:charcoal|disposable bbq|barbecue) (?:in|into|inside) (?:the|my) (?:car|room|tent"
        r"|bathroom|bedroom)|(?:hose|pipe|tube) (?:from|to|into|in|on) (?:the|my) (?:exhaust"
        r"|car window)|exhaust (?:fumes|pipe|hose) (?:into|in) (?:the|my) car|(?:run|running|ran"
        r"|leave|leaving|left) the (?:car|engine) (?:running )?(?:in|inside) the (?:closed |shut )?"
        r"garage|exit bag|helium (?:hood|bag|tank to)"
        r"|(?:walk|walking|walked|wade|wading|waded) (?:out )?into the (?:sea|ocean|river|lake"
        r"|water|waves|surf|canal|loch)(?: and (?:never come back|not come back|keep going"
        r"|not stop|never stop|not return|never return|disappear|let it take me)| until)",
    ),
    Rule(
        "pm.walk_into_water_intent",
        PM,
        "possible",
        r"(?:<DESIRE> <TO>|wanna|going to|gonna|thought about|thinking (?:about|of)|think about"
        r"|tempted to|urge to|could just) <ADV>(?:walk|wade|walking|wading) (?:out )?into the"
        r" (?:sea|ocean"
        r"|river|lake|water|waves|canal|loch)",
    ),
    Rule(
        "pm.attempt",
        PM,
        "high",
        r"(?:my|a|another|last|previous|first|second|third|failed|an|recent|latest|next) "
        r"(?:<SUICIDE> |overdose |od )?attempts? (?:on my life|to (?:end|kill|die|take)|at"
        r" (?:<SUICIDE>|ending|killing|taking))"
        r"|(?:my|another|last|previous|first|second|third|failed|recent|latest|next) "
        r"(?:<SUICIDE>|overdose|od) attempts?",
    ),
    Rule(
        "pm.do_it_tonight",
        PM,
        "high",
        r"(?:going to|gonna|will|im going to|ready to|about to|decided to|finally going to"
        r"|plan to|planning to) (?:finally )?(?:do it|go through with it|end it) (?:tonight"
        r"|today|tomorrow|this weekend|soon|now|this time|before (?:the|anyone|morning|sunrise))"
        r"|(?:tonight|today|tomorrow)(?: is| s|s) the (?:night|day)(?=$|[.!?,;:]| (?:i|im|its))",
        needs_context=True,
    ),
    Rule(
        "pm.ready_to_go",
        PM,
        "high",
        r"(?:im|i am|i m|i feel) (?:finally |so )?ready to (?:go|leave|let go|do it)(?=$|[.!?,;:]"
        r"| (?:now|and|i|for good|forever|this world)\b)"
        r"|(?:im|i am|i m) (?:going to|gonna|finally going to) (?:do it|go through with it)(?=$"
        r"|[.!?,;:])|my time (?:is up|has come)|its my time to go",
        needs_context=True,
    ),
    Rule(
        "pm.plan_bare",
        PM,
        "high",
        r"(?:i )?(?:have|ve got|got|made|ve made|have made|worked out|came up with) (?:a|the|my)"
        r" plan(?=$|[.!?,;:]| (?:now|already|and|ready|worked out|sorted|in place|i|for (?:it"
        r"|tonight|tomorrow|this weekend|when)))"
        r"|(?:picked|set|chosen|chose|decided on|settled on|have|got) (?:a|the) (?:date|day"
        r"|time|night|place|spot)(?=$|[.!?,;:]| (?:now|already|and|i|for (?:it|when)))",
        needs_context=True,
    ),
    Rule(
        "pm.means_access",
        PM,
        "high",
        r"(?:bought|buy|buying|got|get|getting|ordered|order|have|found|keep|kept|hid|hidden"
        r"|stashed) (?:a |some |the |my |enough )?(?:rope|cord|belt|ligature|charcoal|helium"
        r"|gun|pistol|handgun|shotgun|rifle|firearm|knife|knives|blades?|razor blades?|bleach"
        r"|antifreeze|rat poison|weed killer|pills|tablets|<PILLS>)",
        needs_context=True,
    ),
    Rule(
        "pm.affairs_in_order",
        PM,
        "high",
        r"(?:getting|got|put|putting|sorted|sorting|sort out|set|setting) (?:all )?(?:my )?"
        r"(?:affairs|things|stuff|finances|papers|paperwork) (?:in order|sorted|in place"
        r"|straight)|(?:made|wrote|written|updating|updated|writing|make|sorted)(?: out)? (?:a"
        r" |my )?"
        r"(?:will|living will)(?=$|[.!?,;:]| (?:and|i|so|just|already))|(?:tying|tie|tied) up"
        r" (?:all )?(?:the |my )?loose ends|(?:cancel|cancelled|canceled|cancelling) (?:all )?"
        r"my (?:plans|subscriptions|appointments)",
        needs_context=True,
    ),
)
