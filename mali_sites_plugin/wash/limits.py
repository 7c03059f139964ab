"""Sanity limits of the WASH audit (algorithm settings, not standards):
inputs beyond them are data errors, refused with the value that is absurd."""
from ..common.errors import InputError
from ..common.lazy import lazy_module

np = lazy_module("numpy")  # the plugin loads this module (its help reads the limits)

MAX_PEOPLE_PER_HOUSEHOLD = 100_000  # one feature holding more people than Mali's largest camp
MAX_TOTAL_PEOPLE = 50_000_000  # more than Mali's population


def check_people(people, labels):
    """Refuses populations no household has (negative, not a number, or
    absurdly large), naming the first household (``labels``) and its value."""
    people = np.asarray(people, dtype=float)
    bad = ~np.isfinite(people) | (people < 0)
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        raise InputError("Every household needs a population of 0 or more: household %s has %s",
                         labels[first], people[first])
    if len(people) and people.max() > MAX_PEOPLE_PER_HOUSEHOLD:
        worst = int(np.argmax(people))
        raise InputError("Household %s has a population of %s, more than %s people in one shelter or plot: "
                         "fix the population field", labels[worst], "%g" % people[worst], MAX_PEOPLE_PER_HOUSEHOLD)
    if people.sum() > MAX_TOTAL_PEOPLE:
        raise InputError("The households hold %s people in all, more than %s: fix the population field",
                         "%g" % people.sum(), MAX_TOTAL_PEOPLE)
