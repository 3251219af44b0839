"""Warning signs written without death words (lexicon/warning_signs.py), and their everyday twins.

The lexicon alone is tested here (``semantic=False``) so each rule is shown to do its own work.
"""

from __future__ import annotations

import pytest

from attune.clinical.safety import screen_text

FOUND: list[tuple[str, str, str]] = [
    # (text, rule id, level)
    ("shd again last night, first time in months", "ws.sh_slang_verb", "high"),
    ("the barcode on my thigh is getting longer", "ws.sh_barcode", "high"),
    ("told my boss the marks were from the cat. they werent", "ws.sh_cover_story", "high"),
    ("blamed the brambles but it was me", "ws.sh_cover_story", "high"),
    ("i tell my mum the scratches are from the kitten", "ws.sh_hiding_story", "possible"),
    ("slammed my head on the desk till i went dizzy", "ws.sh_head_banging", "high"),
    ("scratching my arms until the thoughts go quiet", "ws.sh_until_quiet", "high"),
    ("long sleeves again so no one sees my wrists", "ws.sh_hiding_supplies", "high"),
    ("whacked my thighs with a hairbrush again", "ws.sh_hit_with_object", "high"),
    ("burned my hip where no one can see the marks.", "ws.sh_hit_with_object", "high"),
    ("drew lines on my arm where i'm going to cut", "ws.sh_marked_where_to_cut", "high"),
    ("honestly might just rope tonight", "ws.si_rope_verb", "high"),
    ("been reading about ctb methods again", "ws.si_ctb", "high"),
    ("nothing fixes this except me being gone.", "ws.pi_except_me_gone", "possible"),
    (
        "part of me hopes i dont come round from the anaesthetic",
        "ws.pi_hope_not_survive",
        "possible",
    ),
    ("i keep wishing for something incurable", "ws.pi_wish_fatal_illness", "possible"),
    ("maybe this cough finishes me off", "ws.pi_finishes_me_off", "possible"),
    ("never waking up sounds kind of peaceful", "ws.pi_never_waking_sounds_nice", "possible"),
    ("wouldnt mind drifting off and that being it", "ws.pi_asleep_and_that_is_it", "possible"),
    ("id rather not stick around for the rest", "ws.pi_rather_not_see_it_out", "possible"),
    ("i cant imagine myself still alive next christmas", "ws.pi_cant_picture_existing", "possible"),
    ("tried everything. there's one way out left.", "ws.pi_one_option_left", "possible"),
    ("the house will be empty sunday, that's when i'll do it.", "ws.pm_when_alone", "high"),
    ("while he's on nights next week, that's my chance.", "ws.pm_my_window", "high"),
    ("saturday's the night. i've got it all planned.", "ws.pm_day_is_set", "possible"),
    ("my plan's still on for the weekend.", "ws.pm_plan_set_for", "possible"),
    ("scouted the top floor of the multi storey by the station", "ws.pm_chosen_height", "possible"),
    (
        "put a farewell post on my story. deleted everything else, it's time.",
        "ws.pm_deleted_its_time",
        "possible",
    ),
    ("this is my final month on this earth", "ws.pm_last_alive", "high"),
    ("practised it twice with the dressing gown cord", "ws.pm_rehearsal", "high"),
    ("tied the scarf to the loft hatch to check it", "ws.pm_rehearsal", "high"),
    (
        "kept dads leftover oxycodone in a drawer for when i need it",
        "ws.pm_hoarded_medicine",
        "high",
    ),
    ("spent the evening timing how often the freight trains pass", "ws.pm_timing_trains", "high"),
    ("worked out how much cord it would take", "ws.pm_how_much_ligature", "high"),
    ("im gonna go through with it. ive made up my mind", "ws.pm_decided_do_it", "high"),
    ("the hosepipe fits the tailpipe, i checked", "ws.pm_exhaust_hose", "high"),
    ("googled which multi storeys have no barriers", "ws.pm_unguarded_places", "high"),
    ("how many would i need so it works", "ws.pm_lethality_check", "high"),
    ("security pulled me back from the edge of the roof", "ws.pm_interrupted", "high"),
    ("my brother came back early and took them off me", "ws.pm_stopped_me", "high"),
    (
        "i was in the middle of writing my letter when the doorbell went",
        "ws.pm_aborted_note",
        "high",
    ),
    ("i tried back in may and the same feelings are back", "ws.pm_attempted_bare", "possible"),
    ("woke up in icu, still here unfortunately", "ws.pm_woke_in_hospital", "high"),
    ("the scars are from the time i tried in 2019", "ws.pm_attempt_scar", "possible"),
    ("binned my safety plan", "ws.pm_safety_plan_discarded", "high"),
    ("i'm not planning on being here for much longer", "ws.fw_not_around_for", "high"),
    ("cancelled all my sessions since i wont be around", "ws.fw_wont_need_them", "high"),
    (
        "no point planning for the future as im not going to have one",
        "ws.fw_no_future_to_have",
        "high",
    ),
    (
        "gave the rabbits away, they need someone who will always be around",
        "ws.fw_rehome_for_good",
        "high",
    ),
    (
        "visited dad. he didnt realise it was the last time.",
        "ws.fw_does_not_know_its_goodbye",
        "high",
    ),
    ("wanted to hear the sea one last time.", "ws.fw_one_last_time", "possible"),
    ("hugged my niece one last time before i do it", "ws.fw_one_last_time", "possible"),
    (
        "said bye to mum without her realising it's goodbye",
        "ws.fw_does_not_know_its_goodbye",
        "high",
    ),
    (
        "left the dog enough food for a couple of days and a key for next door",
        "ws.fw_food_for_the_cat",
        "high",
    ),
    ("you wont see me ever again. nobody will.", "ws.fw_nobody_will_see_me", "high"),
    ("wiped my photos so no one has to sort through them", "ws.fw_delete_for_afterwards", "high"),
    ("finished the final letters to my kids", "ws.pm_last_letter", "high"),
    ("tell my counsellor thanks. she did her best for me.", "ws.fw_thanks_for_trying", "high"),
]

CLEAR: list[str] = [
    "i should have done the washing up, i shd really",
    "the barcode on my parcel wont scan",
    "told the vet the scratches were from the cat and they were",
    "i tell people the scar on my knee is from rugby",
    "banging my head against the wall over this tax return",
    "rope in a few friends to help with the move",
    "hope i survive the op and get back to football",
    "praying the scan shows nothing serious",
    "this hill finishes me off every single time",
    "id rather not go to the party",
    "i cant picture myself living in london",
    "only one option left on the menu by the time we ordered",
    "the house is empty sunday so that's when i'll do the hoovering",
    "while the kids are at school, that's my window to clean the oven",
    "friday's the day we move in",
    "plans for sunday brunch are set",
    "my last week at the old job",
    "we rehearsed the play with the actual props",
    "tested the knot on the climbing wall with my instructor",
    "kept the leftover antibiotics in the cupboard",
    "the train was late so i timed my run instead",
    "how much rope do we need for the tent",
    "a hose for the garden and a new rake",
    "the bridge has cameras and nets now, good news for the town",
    "how long do i roast it so that it works as a sunday lunch",
    "my mate came home early and we watched the match",
    "woke up in hospital after the knee surgery, all went well",
    "cancelled the gym because money is tight this month",
    "gave away the kittens to good homes",
    "wanted to see the old house one last time before they knock it down",
    "left the cat food for two days while we were at the wedding",
    "deleted the dating apps, they were draining me",
    "wrote the last letter of my novel draft",
    "my teacher did her best for me, i owe her a lot",
    "hit my thumb with a hammer putting up shelves",
    "put the sun cream where nobody can see the marks from my straps, then forgot my back",
    "marked where i'm going to cut the skirting board",
    "ctrl c ctrl v all day at work",
    "nothing left to do except wait for the results.",
    "picked the top floor of the hotel for the view",
    "posted a goodbye on facebook for our retiring caretaker",
    "deleted everything from my old laptop before selling it",
    "collected my repeat prescription and filled the dosette box",
    "got a rope burn at sailing club",
    "the soap storyline about self-harm was handled really well",
    "so bored i could die",
    "if i have to sit through one more webinar im gonna throw myself out the window lol",
    "last day at work today, said goodbye to everyone and got a card",
    "the nurse asked if i'd had thoughts of suicide and i could honestly say no",
    "i'm so tired of feeling like this, i just want a good night's sleep",
    "exhausted from pretending to be cheerful at work",
]


@pytest.mark.parametrize(("text", "rule", "level"), FOUND)
def test_warning_sign_is_found_by_its_rule(text: str, rule: str, level: str) -> None:
    result = screen_text(text, semantic=False)
    found = {(m.pattern_id, m.level) for m in result.matches}
    assert (rule, level) in found, (text, found)


@pytest.mark.parametrize("text", CLEAR)
def test_everyday_twin_is_not_flagged(text: str) -> None:
    result = screen_text(text, semantic=False)
    assert result.risk == "none", (text, [(m.pattern_id, m.text) for m in result.matches])


def test_a_denial_after_a_question_clears_it_but_a_later_admission_does_not() -> None:
    asked = "my therapist asked if i'd had thoughts of ending my life and honestly i haven't."
    assert screen_text(asked, semantic=False).risk == "none"
    told = "i've had thoughts of ending my life and i haven't told anyone"
    assert screen_text(told, semantic=False).risk == "high"
