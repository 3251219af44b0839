"""Farewells and final arrangements."""

from __future__ import annotations

from attune.clinical.safety.lexicon.base import FW, Rule

# ---------------------------------------------------------------------------------------
# Farewells
# ---------------------------------------------------------------------------------------
_NOT_PEOPLE = (
    r"(?:(?:my|our|the|this|that)\b(?! (?:family|friends|world|loved ones|kids|children|parents"
    r"|life|partner|wife|husband|mum|mom|dad|sister|brother|boyfriend|girlfriend))|summer"
    r"|winter|spring|autumn|fall|\d)"
)
FAREWELL: tuple[Rule, ...] = (
    Rule(
        "fw.this_is_goodbye",
        FW,
        "high",
        r"this is (?:my |our |the )?(?:final |last )?(?:goodbye|good bye|farewell)"
        r"(?! (?:to|for) " + _NOT_PEOPLE + r"| (?:party|card|gift|lunch|dinner|drinks|tour"
        r"|speech|email|message|post|video|episode|season|concert|match|game|show))",
    ),
    Rule(
        "fw.goodbye_forever",
        FW,
        "high",
        r"(?:goodbye|good bye|bye|farewell) (?:forever|cruel world|world|for good|for the last"
        r" time|everyone forever|everybody forever|to (?:everyone|everybody|this world|the world"
        r"|all of you|you all|this life|life)(?! (?:at|in|on|from) (?:work|school|the office"
        r"|the party|class|the team|the group)))",
    ),
    Rule(
        "fw.saying_goodbye",
        FW,
        "high",
        r"(?:saying|said|say|wanted to say|want to say|need to say|going to say|came to say"
        r"|here to say|just wanted to say|wanna say) (?:my )?(?:final |last )?goodbyes?"
        r"(?: to (?:everyone|everybody|you all|all of you|the world|this world|my family"
        r"|my friends|you))? (?:while i (?:can|still can)|before i (?:go|die|leave this|end it"
        r"|do it|leave for good)|for the last time|forever|for good|one last time|one final"
        r" time|before its too late|because (?:i wont|i will not|im not going to|i m not going to"
        r"|i am not going to) be (?:here|around|alive))",
    ),
    Rule(
        "fw.final_goodbyes",
        FW,
        "high",
        r"(?:saying|said|say|wrote|writing|written|sending|sent) (?:my |our )?(?:final|last)"
        r" goodbyes?(?! (?:to (?:the|my|our) (?:old|house|flat|apartment|office|team|job|city"
        r"|school|car)|at the (?:airport|station)|before (?:the|my|our) (?:move|flight|trip)))",
    ),
    Rule(
        "fw.saying_goodbyes_bare",
        FW,
        "high",
        r"(?:said|saying|say) (?:my )?goodbyes(?=$|[.!?,;:]| (?:to everyone|already|and))",
        needs_context=True,
    ),
    Rule(
        "fw.wont_be_around",
        FW,
        "high",
        r"<WONT> (?:be )?(?:around|here|alive|in your (?:life|lives)|on this earth|in this world"
        r"|breathing|<LIVING>|bothering (?:you|anyone|anybody)|a (?:problem|burden|bother"
        r"|nuisance|pain) (?:to (?:you|anyone|anybody|everyone) |for (?:you|anyone|anybody"
        r"|everyone) )?|your problem|in the way|in anyones way)(?: <ADV>)? ?(?:much longer|soon"
        r"|next (?:week|month)"
        r"|for "
        r"(?:much|very) long(?:er)?|for long|any ?more|any longer|by (?:tomorrow|morning"
        r"|monday|the weekend|next week|the end of (?:the|this) (?:week|month|day))|to see "
        r"(?:tomorrow|the morning|another day|christmas|my birthday|the new year|next year"
        r"|the sunrise|spring|summer)|next (?:year|christmas|birthday)|after (?:tonight"
        r"|today|this week)|forever)(?! (?:at|in|on) (?:this|the|my) (?:company|job|office|team"
        r"|school|city|town|flat|house|club|place|area|country|firm|project|course))",
    ),
    Rule(
        "fw.gone_soon",
        FW,
        "possible",
        r"(?:ill|i will|i ll|im going to|i am going to|im gonna|i m going to) be (?:gone|dead"
        r"|out of (?:your|everyones|everybodys) (?:way|lives|hair)|at peace|no more|no longer"
        r" (?:here|around|a problem|a burden)|free of (?:this|it all|the pain)) (?:soon|tomorrow"
        r"|tonight|forever|for good|very soon|before long|shortly|by (?:the )?(?:morning|weekend"
        r"|christmas|monday|then))",
    ),
    Rule(
        "fw.alive_by",
        FW,
        "high",
        r"<WONT> (?:still )?be alive (?:by|for|to see|at|next|in|much|this time|when|on|after"
        r"|tomorrow|anymore|any more)",
    ),
    Rule(
        "fw.wont_have_to_deal_with_me",
        FW,
        "high",
        r"(?:you|they|everyone|everybody|no one|nobody|my family|you all|mum|mom|dad|people"
        r"|my parents|my kids)(?: (?:will|wont|ll|will never|wont ever|won t|will not"
        r"|are not going to|dont|do not|will no longer|will soon|ll soon|can finally"
        r"|will finally|ll finally|will never have to|ll never have to|wont have to|will not have"
        r" to|dont have to|wont need to|can stop))? (?:have to |need to )?(?:worry about|deal"
        r" with|see|hear from|put up with|be bothered by|be burdened by|take care of|look after"
        r"|be stuck with|be rid of|rid of|carry|bother with|worry over) me (?:again|ever again"
        r"|any ?more|any longer|much longer|for much longer|for long|soon|after (?:tonight"
        r"|today)|forever)"
        r"|(?:be|get|got|finally|soon) (?:be )?(?:rid|free) of me(?: (?:soon|forever|for good"
        r"|at last|finally))?(?! (?:for (?:a|the)|this|until))",
    ),
    Rule(
        "fw.by_the_time",
        FW,
        "high",
        r"by the time (?:you|anyone|someone|somebody|they|people|my (?:family|parents|mum|mom"
        r"|dad|partner|wife|husband|friends|kids)) (?:reads?|finds?|sees?|gets?|hears?"
        r"|opens?|wakes? up|find me|read this|see this)(?! (?:(?:this|that)(?: \w+)? |(?:my"
        r"|the) \w+ )?(?:i ll|ill|i will"
        r"|we ll|we will|well) be (?:in|on|at|back|home|away|landing|boarding|asleep|out|there"
        r"|here|done|finished|gone (?:to|for)))",
    ),
    Rule(
        "fw.when_im_gone_request",
        FW,
        "high",
        r"(?:please |just |can you |could you )?(?:take care of|look after|feed|walk|love|tell"
        r"|give|make sure|remember me|dont (?:blame|cry|be sad|feel guilty)|forgive me)"
        r"(?: \w+){0,5} (?:when|once|after) (?:im|i am|i m) (?:gone|dead|no longer (?:here"
        r"|around))(?! (?:on|for|to|away|abroad|next|this|until|till|at|from|camping|shopping"
        r"|skiing))"
        r"|(?:when|once|after) (?:im|i am|i m) (?:gone|dead|no longer here)(?: \w+){0,1},? "
        r"(?:please |just )?(?:take care of|look after|feed|walk|tell|give|make sure|remember"
        r"|dont blame|dont cry|forgive)",
    ),
    Rule(
        "fw.when_im_gone",
        FW,
        "possible",
        r"(?:when|once|after) (?:im|i am|i m|ive|i have|i ve) (?:gone|dead|passed|no longer"
        r" (?:here|around|alive)|not (?:here|around) (?:any ?more|any longer)|died|ended it"
        r"|done it)(?! (?:for|on|to|away|abroad|next|this|until|till|at|from|camping|shopping"
        r"|skiing|and gone|and buried|in (?:the|a) (?:morning|evening|week))|a while)",
    ),
    Rule(
        "fw.last_time",
        FW,
        "high",
        r"(?:last|final) time (?:you(?:ll| will)? (?:ever )?(?:hear from|see|talk to|read from"
        r"|hear) me|anyone (?:hears|will hear|will see|sees) (?:from )?me)"
        r"|my (?:last|final) (?:day|night|hours?|moments?|breath) (?:alive|on earth|on this"
        r" earth|of my life|in this world|ever)"
        r"|(?:this|these) (?:is|are|will be|ll be|might be|may be) my (?:last|final) (?:words"
        r"|goodbye|breath)",
    ),
    Rule(
        "fw.last_entry",
        FW,
        "possible",
        r"(?:this|it) (?:is|will be|ll be|might be|may be|s) (?:my|the) (?:last|final)"
        r" (?:entry|journal entry|post|message|note|thing i (?:write|say|post)|letter"
        r"|time i (?:write|post|wake up|open this|cry))(?=$|[.!?,;:]| (?:ever|i|and|ill|im"
        r"|goodbye|sorry|to (?:anyone|you|everyone|the world|all|my \w+)|here|on here))",
    ),
    Rule(
        "fw.letter_explaining",
        FW,
        "possible",
        r"(?:wrote|written|writing|write|left|leaving|leave) (?:my (?:family|kids|children|parents"
        r"|partner|wife|husband|mum|mom|dad|friends|sister|brother)|everyone|everybody) (?:a |some "
        r"|my )?(?:last |final |goodbye )?(?:letters?|notes?|messages?)(?: \w+){0,3} (?:explaining"
        r" why|saying goodbye|to say goodbye|for (?:when|after) im gone|telling them (?:why|i love"
        r" them|not to blame)|so they know (?:why|it wasnt))",
    ),
    Rule(
        "fw.forgive_me",
        FW,
        "high",
        r"(?:forgive me|im sorry|i am sorry|i m sorry|sorry) for what (?:im|i am|i m|i) (?:about"
        r" to|going to|gonna|will|have to|must|need to) do(?! (?:to (?:this|that|the|your)"
        r"|with (?:the|this|that)))",
    ),
    Rule(
        "fw.goodbye_love_you",
        FW,
        "possible",
        r"(?:goodbye|good bye|farewell)[ .,!]+(?:i )?love (?:you|you all|all of you|everyone|yall)"
        r"(?: so much| always| forever)?(?=$|[.!?,;:])",
    ),
    Rule(
        "fw.last_night",
        FW,
        "possible",
        r"(?:this|tonight|today) (?:is|will be|ll be|might be|may be|s) (?:my|the) (?:last|final)"
        r" (?:night|day|sunset|sunrise|morning)(?=$|[.!?,;:]| (?:ever|alive|on earth|here|i"
        r"|and)\b)",
    ),
    Rule(
        "fw.whoever_finds_me",
        FW,
        "high",
        r"(?:whoever|the person who|the one who|whoever it is that|to whoever) finds? me"
        r"|when (?:you|they|someone|somebody|mum|mom|dad) finds? me(?=$|[.!?,;:]| (?:please"
        r"|dont|im sorry|i m sorry|i love)\b)",
    ),
    Rule(
        "fw.saying_goodbye_to_people",
        FW,
        "possible",
        r"(?:been |started |keep )?(?:saying|said) goodbye to (?:people|everyone|friends|my friends"
        r"|family|my family|everybody|the people i love|everyone i love)(?=$|[.!?,;:]| (?:i|and"
        r"|quietly|one by one|without|in my head|today|this week|in my own way|secretly|without"
        r" them knowing)\b)",
    ),
    Rule(
        "fw.tell_them_i_love_them",
        FW,
        "possible",
        r"tell (?:them|everyone|everybody|my family|mum|mom|dad|my (?:kids|parents|sister|brother"
        r"|partner|wife|husband|children|friends)) (?:that )?i (?:love|loved) (?:them|her|him)"
        r"(?: (?:all|so much|always))?(?=$|[.!?,;:]| (?:and|im|i m|i am|sorry)\b)",
    ),
    Rule(
        "fw.love_you_goodbye",
        FW,
        "possible",
        r"(?:i )?love (?:you|you all|all of you|everyone|yall|ya)(?: so much| always| forever)?"
        r"[ .,!]*(?:goodbye|good bye|bye forever|farewell|im sorry|i m sorry|i am sorry"
        r"|please forgive me|forgive me)(?! (?:for (?:being late|the delay|the mess|missing"
        r"|forgetting|not)|about))",
    ),
    Rule(
        "fw.sorry_for_everything",
        FW,
        "high",
        r"(?:im |i am |i m )?sorry for everything(?: ive done| i ve done| i have done| i put you"
        r" through)?|thank you for everything|tell (?:them|everyone|my family|mum|mom|dad|my"
        r" (?:kids|parents|sister|brother)) i (?:love|loved) them|look after (?:mum|mom|dad|my"
        r" (?:mum|mom|dad|kids|cat|dog|family|pets?|children)) for me",
        needs_context=True,
    ),
    Rule(
        "fw.over_soon",
        FW,
        "possible",
        r"(?:it|everything|this|the pain|it all|all of this|my suffering|the suffering|my pain"
        r"|my life)(?: will| ll|ll| is going to| s going to| is gonna| s gonna)? (?:all )?be"
        r" (?:over|over with|done|finished|ended) (?:soon|tonight|by (?:tomorrow|morning|tonight"
        r"|the weekend)|for good|forever|very soon|shortly|in a few (?:hours|days))"
        r"(?! (?:and then we|so we can|and we|then|i can))",
    ),
    Rule(
        "fw.wont_wake_tomorrow",
        FW,
        "high",
        r"(?:<WONT>|not going to|never going to|never gonna) (?:ever )?wake up (?:tomorrow|again"
        r"|in the morning)(?! (?:at|early|before|for|in time|on time|without))",
    ),
)
