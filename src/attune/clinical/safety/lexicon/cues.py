"""Denial, time, subject and context cues used by the screening rules."""

from __future__ import annotations

# ---------------------------------------------------------------------------------------
# Denial, hedging, time and context cues (used by screening.py)
# ---------------------------------------------------------------------------------------
# Words allowed between a denial and the risk phrase: "i would NEVER [ever] kill myself",
# "i am NOT [having any thoughts of] hurting myself", "NO [current] THOUGHTS OF suicide".
_FILLER = (
    r"(?:i|im|i m|am|be|being|been|really|ever|actually|currently|right now|now|at all|going"
    r"|gonna|go|to|want|wanna|wanting|plan|planning|plans|intend|intending|have|having|had|any"
    r"|thoughts?|thinking (?:about|of)|think (?:about|of)|thought (?:about|of)|ideas?|of|about"
    r"|on|urges?|desire|feel|feeling|felt|would|will|do|doing|did|anything|something|like|the|a"
    r"|an|seriously|consider|considering|considered|mean|meant|ever again|again|try|trying"
    r"|tried|attempt|attempting|able|capable of|in any way|that|kind of|sort of|type of|for"
    r"|wanted"
    r"|with|could|can|even|myself|need|needing|intention|intentions|suicidal|considering)"
)
DENIAL_BEFORE = (
    r"(?:\b(?:not|never|dont|do not|don t|didnt|did not|doesnt|does not|wont|will not"
    r"|wouldnt|would not|havent|have not|hasnt|has not|isnt|is not|aint|nor|no longer"
    r"|not anymore|wasnt|was not|werent|were not|arent|are not|no way|cant imagine"
    r"|cannot imagine|could never|can never|will never|stopped|quit|free of|free from"
    r"|deny|denies|denied|denying|without any|without)\b"
    r"|\b(?:no|zero|nil) (?:current |active |real |actual |recent |immediate |present |serious )?"
    r"(?:thoughts?|plans?|intentions?|intent|urges?|desires?|wish|wishes|ideas?|history|interest"
    r"|inclination|risk|feelings?|need|signs?|evidence|ideation|thinking|intention)\b)"
    r"(?: " + _FILLER + r"){0,6} ?$"
    r"|\b(?:no|zero|nil) $"
)
# After the phrase: "suicidal thoughts? no", "si: denies"
DENIAL_AFTER = (
    r"(?: \w+){0,3}[ ,]+(?:and |but )?(?:honestly |truthfully |thankfully )?i (?:could |can )?"
    r"(?:honestly |truthfully |genuinely )?(?:said|told (?:him|her|them|my \w+)|answered|replied"
    r"|say) (?:no|not|never)\b"
    r"|(?: \w+){0,3}[ ,]+(?:and|but) (?:honestly |truthfully |thankfully )?(?:no|nope|not at all"
    r"|never)(?= ?$| ?[.!?,;])"
    # "asked if id had thoughts of ending my life and honestly i havent."
    r"|(?: \w+){0,3}[ ,]+(?:and|but) (?:honestly |truthfully |thankfully )?i (?:havent|hadnt"
    r"|have not|had not)(?= ?$| ?[.!?;])"
    r"|(?: \w+){0,2} ?[?:.,\-]+ ?(?:no(?! one| body)(?= ?$| ?[.!?,;]| (?:thanks|not really"
    r"|never)\b)|none|nope|not at all"
    r"|never|denied|denies|nil|n a"
    r"|not really)\b"
)
# These, later in the same clause, undo a denial: "i never thought about suicide UNTIL now".
DENIAL_BREAKERS = r"\b(?:until|till|unless|except|more than|as much as|but lately|but now)\b"
# A denial of something that used to be true is history, not nothing: kept as "possible".
DENIAL_PAST = (
    r"\b(?:anymore|any more|any longer|no more|these days|nowadays|since|in (?:\w+ ){0,2}(?:days"
    r"|weeks|months|years|ages|a while|a long time)|for (?:\w+ ){0,2}(?:days|weeks|months|years"
    r"|ages|a while|a long time)|like i used to|like before|the way i used to|no longer|stopped"
    r"|quit|clean|recovered)\b"
)
PAST = (
    r"\b(?:used to|use to|years ago|(?:a|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|several|many|a few|a couple of|couple|\d+) (?:years?|decades?) ago|when i was (?:younger"
    r"|little|small|a (?:kid|child|teen|teenager|student)|in (?:school|high school|college|uni"
    r"|university|my teens|my twenties)|\d+|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|twenty|twelve|eleven|ten)|as a (?:teen|teenager|kid|child|student)"
    r"|in (?:my|the) (?:teens|twenties|youth|past|school days)|back (?:then|in (?:school"
    r"|high school|college|uni|the day|\d{4}))|a long time ago|long ago|in the past|history of"
    r"|in my past|(?:am|im|i m) (?:in recovery|recovered|clean)|(?:\d+|a few|several|many|two"
    r"|three|six) (?:days|weeks|months|years) clean|clean (?:for|since)|survivor of|in high school"
    r"|at (?:age )?(?:\d+|thirteen|fourteen|fifteen|sixteen|seventeen))\b"
)
CURRENT = (
    r"\b(?:again|still|tonight|(?<!ago )(?<!anniversary )today|right now|rn|currently|lately"
    r"|recently|this (?:week|morning"
    r"|evening|afternoon|month)|last night|yesterday|these days|now|relapse\w*|started|keep"
    r"|anymore)\b"
)
MEDIA = (
    r"\b(?:film|films|movie|movies|show|shows|tv|series|episode|episodes|season|book|books|novel"
    r"|thriller|thrillers|horror|drama|dramas|sitcom|soap|soaps|cartoon|audiobook|biopic"
    r"|trailer|storyline|villain"
    r"|novels|story|stories|character|characters|protagonist|documentary|documentaries|news"
    r"|article|articles|headline|headlines|podcast|podcasts|song|songs|lyrics|album|poem|poems"
    r"|poetry|play|opera|musical|game|games|anime|manga|comic|comics|fiction|plot|scene|scenes"
    r"|actor|actress|celebrity|celebrities|rapper|singer|band|lecture|lectures|class|classes"
    r"|course|module|essay|essays|thesis|dissertation|research|study|studies|statistics|stats"
    r"|rates?|prevention|awareness|campaign|charity|fundraiser|fundraising|training|workshop"
    r"|seminar|conference|paper|report|reported|journalist|author|hamlet|romeo|juliet|ophelia"
    r"|shakespeare|history (?:class|lesson|book)|volunteer|volunteering|helpline|hotline|museum"
    r"|exhibition|debate|policy|law|legal|legalised|legalized|euthanasia|assisted|squad|bomber"
    r"|bombers|bombing|bombings|terrorist|terrorism|soldier|soldiers|war|history|historical"
    r"|netflix|hbo|bbc|youtube|tiktok video|reddit post|thread|therapist|counsellor|counselor"
    r"|psychiatrist|psychologist|doctor|gp|nurse|asked (?:me )?(?:about|if|whether)"
    r"|screening|questionnaire|exam|exams|chapter|textbook|revision|revising|studying"
    r"|syllabus|toxicology|pharmacology|nursing|med school|medical school)\b"
)
# Grammatical subjects for the "whose words are these" check.
FIRST_PERSON = r"\b(?:i|im|ive|id|ill|me|myself|my|mine)\b"
THIRD_PERSON = (
    r"\b(?:he|she|they|hes|shes|theyre|theyve|hed|shed|theyd|hell|someone|somebody|anyone"
    r"|people|friend|friends|brother|sister|mum|mom|dad|father|mother|uncle|aunt|auntie|cousin"
    r"|son|daughter|husband|wife|partner|boyfriend|girlfriend|grandma|grandpa|grandmother"
    r"|grandfather|nan|classmate|colleague|coworker|neighbour|neighbor|character|guy|girl|man"
    r"|woman|kid|boy|teen|student|patient|client|singer|actor|actress|celebrity|rapper|player"
    r"|bandmate|roommate|flatmate|ex|nephew|niece|stepdad|stepmom|stepmum|teacher|boss|his|her"
    r"|their|them|him|mate|bestie|bff|stranger|person|author|poet|musician|star)\b"
)
# Contrast words that start a new clause for time and subject checks.
CLAUSE_SPLIT = (
    r"[.!?;:]+(?= |$)|\b(?:but|however|though|although|whereas|yet|and now|now|nowadays"
    r"|these days|these past|lately|except|because|cause|cuz|so now)\b"
)
