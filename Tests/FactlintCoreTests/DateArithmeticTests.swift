@testable import FactlintCore
import Testing

/// Elapsed time in the text, checked by arithmetic against the rules' event years or the
/// years the text states.
@Suite struct DateArithmeticTests {
    let rules = try! rule("""
    { kind: 'dates', referenceDate: '2025-10-28',
      events: [{ name: 'the first crewed lunar landing', anchors: ['landing'], year: 1969 }] }
    """)

    @Test func yearsAfterAnEventOfTheRules() {
        assertFindings(rules, [
            "In 1981, a dozen years after the landing, the shuttle flew.",
            "In 1982, 1️⃣twelve years after the landing, the shuttle flew again.",
            "2️⃣Fifteen years after the landing, in 1985, a museum opened.",
            "Two decades after the landing, in 1989, the crew met again.",
        ], [
            "1️⃣": "'twelve years after' does not add up: from 1969 (the first crewed lunar landing) to 1982 is 13 years",
            "2️⃣": "'Fifteen years after' does not add up: from 1969 (the first crewed lunar landing) to 1985 is 16 years",
        ])
    }

    @Test func yearsAfterAYearTheTextStates() {
        assertFindings(rules, [
            "The bridge closed in 2015, 25 years after its 1990 opening.",
            "The bridge closed in 2016, 1️⃣25 years after its 1990 opening.",
            "The ferry began in 2001. Eight years later, in 2009, it stopped.",
            "The ferry began in 2001. 2️⃣Ten years later, in 2009, it stopped.",
            "It was rebuilt in 2004, 3️⃣a decade before its 2015 sale.",
        ], [
            "1️⃣": "'25 years after' does not add up: from 1990 to 2016 is 26 years",
            "2️⃣": "'Ten years later' does not add up: from 2001 to 2009 is 8 years",
            "3️⃣": "'a decade before' does not add up: from 2004 to 2015 is 11 years",
        ])
    }

    @Test func gapsBetweenYears() {
        assertFindings(rules, [
            "The club won again in 2013, ending a 15-year gap since 1998.",
            "The club won again in 2014, ending 1️⃣a 15-year gap since 1998.",
            "There was 2️⃣a 12-year hiatus between 1994 and 2005.",
        ], [
            "1️⃣": "'a 15-year gap' does not add up: from 1998 to 2014 is 16 years",
            "2️⃣": "'a 12-year hiatus' does not add up: from 1994 to 2005 is 11 years",
        ])
    }

    @Test func agesAgainstABirthYear() {
        assertFindings(rules, [
            "date 2025-10-28\nThe skipper, born in 1987, is aged 38.",
            "date 2025-10-28\nThe skipper, born in 1987, is aged 37.",
            "date 2025-10-28\nThe skipper was born in 1990. The 1️⃣38-year-old sailed alone.",
            "date 2025-10-28\nIn 2019 the skipper, born in 1987, was 2️⃣aged 35.",
            "date 2025-10-28\nThe skipper was born in 1973. The 52-year-old joined the crew in 2001.",
        ], [
            "1️⃣": "'38-year-old' does not add up: born in 1990, the age in 2025 is 34 or 35",
            "2️⃣": "'aged 35' does not add up: born in 1987, the age in 2019 is 31 or 32",
        ])
    }

    @Test func statementsWithNothingToCheckAgainstPass() {
        assertFindings(rules, [
            "It has been fifty years since the landing.",
            "A 15-year gap separated the two titles.",
            "The 38-year-old sailed alone.",
            "Twelve years later the bridge closed.",
            "He retired two years after the war, in 1947.",
        ], [:])
    }
}
