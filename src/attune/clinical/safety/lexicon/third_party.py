"""Other people: risk to someone else, or exposure to a suicide."""

from __future__ import annotations

from attune.clinical.safety.lexicon.base import TP, Rule

# ---------------------------------------------------------------------------------------
# Other people (risk to someone else, or exposure to a suicide): shown to the clinician as
# "possible" because bereavement by suicide and a friend's self-harm matter clinically,
# but dropped when the sentence is about media, study or awareness.
# ---------------------------------------------------------------------------------------
THIRD_PARTY: tuple[Rule, ...] = (
    Rule(
        "tp.harmed_self",
        TP,
        "possible",
        r"(?:kill|kills|killed|killing|hang|hangs|hanged|hung|shoot|shoots|shot|shooting|hurt"
        r"|hurts|hurting|harm|harms|harming|harmed|cut|cuts|cutting|burn|burns|burned|burnt"
        r"|burning|drown|drowns|drowned|drowning|poison|poisons|poisoned|poisoning|starve"
        r"|starves|starved|starving|end|ends|ended|ending|off|offs|offed|offing|unalive|unalives"
        r"|unalived|unaliving|overdose|overdosed|overdoses) (?:himself|herself|themselves"
        r"|themself|yourself|yourselves|oneself|theirselves|hisself)",
        mention=True,
    ),
    Rule(
        "tp.took_their_life",
        TP,
        "possible",
        r"(?:took|take|takes|taking|taken|ended|end|ends|ending) (?:his|her|their|your|a) (?:own )?"
        r"life(?! (?:savings|story|in (?:his|her|their|your) hands|back|for granted|insurance"
        r"|lessons|by the|more seriously|into (?:his|her|their|your) own hands))",
        mention=True,
    ),
    Rule(
        "tp.died_by_suicide",
        TP,
        "possible",
        r"(?:died by|died from|died of|death by|lost (?:him|her|them|my \w+|a friend|a \w+) to"
        r"|committed|commits|commit|committing|lost to) <SUICIDE>",
        mention=True,
    ),
)
