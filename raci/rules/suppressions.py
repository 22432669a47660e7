"""Rules about ``# raci: ignore[…]`` comments themselves, so they cannot rot silently."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, all_rules, rule


@rule("X001", "unused-suppression", "warning", after_others=True)
def unused_suppression(ctx: Context) -> Iterator[Hit]:
    """A suppression comment silences nothing.

    The finding it was written for has been fixed, moved to another line, or never
    existed: the comment now only hides the next real problem of that kind. Suppressions
    of rules that did not run (deselected on the command line or in the configuration)
    are left alone.

    Failing:

        - id: kickoff  # raci: ignore[R106] three teams on purpose
          raci: {cs: A/R}

    Passing:

        - id: kickoff  # raci: ignore[R106] three teams on purpose
          raci: {cs: A/R, sales: R, support: R, product: R}

    How to fix: delete the comment, or move it to the line the finding points at.
    """
    known = all_rules()
    for suppression in ctx.spec.suppressions:
        for code in suppression.codes:
            if not any(c.startswith(code) for c in known):
                yield Hit(suppression.span, {"code": code}, f"{suppression.target_line}:{code}", key="X001.unknown")
                continue
            if not any(c.startswith(code) for c in ctx.ran):
                continue
            used = any(f.span is not None and suppression.covers(f.code, f.span.line) == code for f in ctx.findings)
            if not used:
                yield Hit(
                    suppression.span,
                    {"code": code, "line": suppression.target_line},
                    f"{suppression.target_line}:{code}",
                )


@rule("X002", "suppression-without-reason", "info", after_others=True)
def suppression_without_reason(ctx: Context) -> Iterator[Hit]:
    """A suppression comment gives no reason.

    A reviewer reading ``# raci: ignore[R106]`` six months later cannot tell a
    deliberate choice from a silenced problem. Say why after the bracket.

    Failing:

        - id: kickoff  # raci: ignore[R106]

    Passing:

        - id: kickoff  # raci: ignore[R106] sales, CS and support each run a track

    How to fix: add the reason after the closing bracket.
    """
    for suppression in ctx.spec.suppressions:
        if not suppression.reason:
            yield Hit(suppression.span, {"codes": ", ".join(suppression.codes)}, str(suppression.target_line))
