import FactlintCore
import Testing

/// When another value the articles give excuses an outlier: only a value (or a bound) of the
/// same quantity does. A bound on something else that happens to hold the number does not.
@Suite struct FigureVoteExcuseTests {
    let rules = try! rule(#"{ kind: "measures" }"#)

    let clinic = [
        "The storm killed at least 30 people, and the Larsen clinic moved 85 patients to Bergby by bus.",
        "At least 30 people died in the storm. The Larsen clinic sent its 85 patients to Bergby.",
        "Buses took 85 patients from the Larsen clinic to Bergby after the storm killed at least 30 people.",
    ]

    /// "At least 30 dead" holds 58, but it counts the dead, not patients.
    @Test func aBoundOnAnotherQuantityDoesNotExcuseACount() {
        assertFindings(rules, clinic + ["The Larsen clinic's 1️⃣58 patients were taken to Bergby on Tuesday."], [
            "1️⃣": "found '58', but 3 other articles report '85' in the same context (bergby, clinic, larsen, patient)",
        ])
    }

    @Test func theMajorityValueInTheSameWordsPasses() {
        assertFindings(rules, clinic + ["The Larsen clinic's 85 patients were taken to Bergby on Tuesday."], [:])
    }

    /// A bound of the same noun that holds the figure agrees with it.
    @Test func aBoundOfTheSameNounExcusesTheCount() {
        assertFindings(rules, [
            "The Larsen clinic moved more than 50 patients to Bergby.",
            "More than 50 patients left the Larsen clinic for Bergby.",
            "The Larsen clinic's 58 patients were taken to Bergby.",
        ], [:])
    }

    /// "More than 40 landslides" on Monday and "more than 90" by Friday: a running tally.
    /// Lower bounds never contradict one another.
    @Test func twoLowerBoundsNeverDisagree() {
        assertFindings(rules, [
            "Geologists had logged more than 90 landslides in the Vora valley by Friday.",
            "More than 90 landslides have hit the Vora valley, geologists said on Friday.",
            "Geologists counted more than 40 landslides in the Vora valley on Monday.",
            "In the Vora valley geologists have now logged more than 300 landslides since the rains began.",
        ], [:])
    }

    /// A lower bound is still an outlier against a plain majority it cannot hold.
    @Test func aLowerBoundAboveThePlainMajorityIsReported() {
        assertFindings(rules, [
            "Geologists logged 90 landslides in the Vora valley by Friday.",
            "The Vora valley had 90 landslides by Friday, geologists said.",
            "Geologists said the Vora valley logged 90 landslides by Friday.",
            "Geologists said the Vora valley logged more than 1️⃣300 landslides by Friday.",
        ], ["1️⃣": "found '300', but 3 other articles report '90' in the same context (friday, geologist, landslide, logg)"])
    }

    /// "Now 45": an age (or a value) at the time of writing, which a later article rightly
    /// gives otherwise.
    @Test func aValueGivenAsNowDoesNotVote() {
        assertFindings(rules, [
            "Rescuers freed Ilse Brandt, 44, from the collapsed bakery in Haldorf.",
            "Ilse Brandt, 44, was freed from the bakery in Haldorf after a day.",
            "The bakery in Haldorf gave up its last survivor, Ilse Brandt, 44.",
            "Ilse Brandt, now 45, has reopened the bakery in Haldorf.",
        ], [:])
    }
}

/// Must-not-flag traps for the articles' vote: one figure in another format, another count of
/// the same noun in another clause, a hedged figure near the majority, a part of a whole.
@Suite struct FigureVoteTrapTests {
    let rules = try! rule(#"{ kind: "measures" }"#)

    @Test func oneFigureWrittenAnotherWayAgrees() {
        assertFindings(rules, [
            "The Oster dam holds 1.2 million cubic metres of water, the water board said.",
            "The water board said the Oster dam holds 1.2 million cubic metres of water.",
            "The Oster dam, the water board said, holds 1,200,000 cubic metres of water.",
        ], [:])
        assertFindings(rules, [
            "The ferry line carried 1.2 million passengers across the Skarv strait last year.",
            "Across the Skarv strait the ferry line carried 1.2 million passengers.",
            "The ferry line carried 1,200,000 passengers across the Skarv strait.",
        ], [:])
    }

    @Test func anotherCountOfTheSameNounInAnotherClauseIsAnotherQuantity() {
        assertFindings(rules, [
            "The Larsen clinic moved 85 patients to Bergby by bus.",
            "Buses took 85 patients from the Larsen clinic to Bergby.",
            "The Larsen clinic's 85 patients went to Bergby by bus.",
            "The Larsen clinic moved 85 patients to Bergby by bus; 12 patients stayed behind in intensive care.",
        ], [:])
    }

    @Test func aHedgedFigureNearTheMajorityAgrees() {
        assertFindings(rules, [
            "About 40,000 fans lined the harbour for the regatta's closing parade.",
            "The regatta's closing parade drew about 40,000 fans to the harbour.",
            "Some 40,500 fans lined the harbour for the closing parade of the regatta.",
        ], [:])
    }

    /// "31 of them schools" counts schools: it votes with "31 schools", never with the 140 buildings.
    @Test func aPartNamedByItsNounVotesWithCountsOfThatNoun() {
        assertFindings(rules, [
            "The tremor damaged 140 buildings in Ostra, including 31 schools, the city said.",
            "In Ostra 140 buildings were damaged by the tremor, 31 of them schools.",
            "The city said the tremor damaged 31 schools among 140 buildings in Ostra.",
            "The tremor in Ostra damaged 140 buildings, 1️⃣13 of them schools, the city said.",
        ], ["1️⃣": "found '13', but 3 other articles report '31' in the same context (building, city, damag, ostra)"])
    }

    /// "31 of them schools" is a part of 140 buildings, not a count of the buildings.
    @Test func aPartOfAWholeIsNotTheWhole() {
        assertFindings(rules, [
            "The tremor damaged 140 buildings in Ostra, the city said.",
            "In Ostra 140 buildings were damaged by the tremor.",
            "The city said the tremor damaged 140 buildings in Ostra, 31 of them schools.",
        ], [:])
    }
}

/// How a figure is keyed for the vote: a count by the noun it counts, a per-item amount
/// also by the plain figures that give the same value in the same words.
@Suite struct FigureVoteKeyTests {
    let rules = try! rule(#"{ kind: "measures" }"#)

    /// Other articles give "four" of other things, and other counts of divers far from it:
    /// "four divers" is still alone against "three divers".
    @Test func aCountIsKeyedByItsNounNotItsValue() {
        let others = [
            "Three divers were treated for exposure, the coastguard said. Four boats searched the bay.",
            "The coastguard said three divers needed treatment; 40 divers from the navy joined the search.",
            "Three divers were hurt in the bay, and four boats stayed out overnight, the coastguard said.",
        ]
        assertFindings(rules, others + ["1️⃣Four divers were treated for exposure in the bay."], [
            "1️⃣": "found 'Four', but 3 other articles report 'Three' in the same context (diver, exposure, treat)",
        ])
        assertFindings(rules, others + ["Three divers were treated for exposure in the bay."], [:])
    }

    /// A count far from every other value of its noun is no slip for any of them.
    @Test func aCountFarFromTheOthersIsAnotherQuantity() {
        assertFindings(rules, [
            "Three divers were treated for exposure, the coastguard said. Four boats searched the bay.",
            "The coastguard said three divers needed treatment after the search in the bay.",
            "Three divers were hurt in the bay, and four boats stayed out overnight, the coastguard said.",
            "By Friday 12 divers from the navy had joined the search in the bay.",
        ], [:])
    }

    /// "Takes 2.5 hours" speaks for "2.5 hours per boiler" once another article gives it per boiler.
    @Test func aPlainFigureSpeaksForAPerItemOne() {
        let majority = [
            "Fitting the new pump takes about 2.5 hours per boiler, the installer said.",
            "The installer said fitting the new pump takes 2.5 hours.",
            "Fitting a new pump takes 2.5 hours, the installer said, and customers get a heater.",
        ]
        assertFindings(rules, majority + ["The installer said in May that fitting would take 1️⃣4.5 hours per boiler."], [
            "1️⃣": "found '4.5 hours', but 3 other articles report '2.5 hours' in the same context (boiler, fitt, installer, take)",
        ])
        // A plain total is not compared with per-item figures.
        assertFindings(rules, [
            "Fitting the new pump takes 2.5 hours per boiler, the installer said.",
            "The installer said fitting the new pump takes 2.5 hours per boiler.",
            "The installer said fitting the pumps on the estate takes 4.5 hours.",
        ], [:])
    }
}

/// Weaker evidence that still decides: one shared word when more articles than a majority
/// needs agree and the figure is a slip in its digits; a bare "$" in a story in another dollar.
@Suite struct FigureVoteSlipTests {
    let rules = try! rule(#"{ kind: "measures" }"#)

    @Test func aDigitSlipWithOneSharedWordIsReportedWhenMoreArticlesAgree() {
        let majority = [
            "Arrears of A$236 million were added to the bill.",
            "The council owes A$236 million in arrears.",
            "On top of that come arrears worth A$236 million.",
        ]
        assertFindings(rules, majority + ["The council settled, with 1️⃣$263 million in arrears, in March."], [
            "1️⃣": "found '$263 million', but 3 other articles report 'A$236 million' in the same context (arrear, council)",
        ])
        assertFindings(rules, majority + ["The council settled, with $236 million in arrears, in March."], [:])
    }

    /// With only two articles behind the value, one shared word is not enough.
    @Test func oneSharedWordWithTwoArticlesIsNotEnough() {
        assertFindings(rules, [
            "Arrears of A$236 million were added to the bill.",
            "The council owes A$236 million in arrears.",
            "The council settled, with $263 million in arrears, in March.",
        ], [:])
    }

    /// A score or a one-digit value one off, with one word in common, is no evidence of a slip.
    @Test func scoresAndSingleDigitsNeedMoreThanOneWord() {
        assertFindings(rules, [
            "Harlow beat Dunmore 3-1 in the replay at the Mill ground.",
            "In the replay at the Mill ground, Harlow beat Dunmore 3-1.",
            "At the Mill ground Harlow won the replay 3-1 against Dunmore.",
            "Last spring Harlow beat them 2-0 away.",
        ], [:])
    }
}

/// Two figures in one clause of every article ("killed 17 and injured 254"): the outlier is
/// the slip of one of them, and a bound far from it excuses nothing.
@Suite struct FigureVoteSameClauseTests {
    let rules = try! rule(#"{ kind: "measures" }"#)

    let majority = [
        "The gas blast in Porvik killed at least 17 people and injured 254, the police said.",
        "Police said the Porvik gas blast killed at least 17 people and injured 254.",
        "At least 17 people were killed and 254 injured in the gas blast in Porvik, police said.",
    ]

    @Test func theOutlierIsTheSlipOfOneOfTheClausesValues() {
        assertFindings(rules, majority + ["The gas blast in Porvik killed 17 people and injured 1️⃣245, police said."], [
            "1️⃣": "found '245', but 3 other articles report '254' in the same context (blast, gas, injur, kill)",
        ])
    }

    @Test func theClausesValuesPass() {
        assertFindings(rules, majority + ["The gas blast in Porvik killed 17 people and injured 254, police said."], [:])
    }
}
