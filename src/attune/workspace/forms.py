from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from .flags import DEFAULT_DESCENDING, FlagKind, SortKey
from .models import ClinicianNote
from .presenting import flag_choices
from .services import MAX_NOTE_LENGTH

SORT_CHOICES = [
    (SortKey.FLAGS.value, _("Flags, most urgent first")),
    (SortKey.NAME.value, _("Name")),
    (SortKey.PHQ9.value, _("Latest PHQ-9")),
    (SortKey.ACTIVITY.value, _("Last activity")),
]
ORDER_CHOICES = [
    ("", _("Usual order")),
    ("asc", _("Ascending")),
    ("desc", _("Descending")),
]


class CaseloadFilterForm(forms.Form):
    """GET parameters of the caseload; anything unknown falls back to the default."""

    sort = forms.ChoiceField(label=_("Sort by"), choices=SORT_CHOICES, required=False)
    order = forms.ChoiceField(label=_("Order"), choices=ORDER_CHOICES, required=False)
    flag = forms.ChoiceField(label=_("Show"), choices=[], required=False)
    flagged = forms.BooleanField(label=_("Only clients with a flag"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["flag"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", _("Every flag kind")), *flag_choices()]

    def choice(self) -> tuple[SortKey, bool, bool, FlagKind | None]:
        """(sort key, descending, only flagged, flag kind), with defaults for bad input."""
        self.is_valid()  # invalid fields drop out of cleaned_data; the rest still apply
        data = self.cleaned_data
        key = SortKey(data.get("sort") or SortKey.FLAGS)
        order = data.get("order") or ""
        descending = DEFAULT_DESCENDING[key] if not order else order == "desc"
        kind = FlagKind(data["flag"]) if data.get("flag") else None
        return key, descending, bool(data.get("flagged")), kind


class NoteForm(forms.ModelForm):  # type: ignore[type-arg]
    body = forms.CharField(
        label=_("Note"),
        max_length=MAX_NOTE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Seen only by the client's treating clinicians: never by the client or their "
            "partner. Stored encrypted."
        ),
    )
    session_date = forms.DateField(
        label=_("Session date (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Session prep starts from the latest session date."),
    )

    class Meta:
        model = ClinicianNote
        fields = ["body", "session_date"]
