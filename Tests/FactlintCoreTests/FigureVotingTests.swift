import FactlintCore
import Testing

/// Rule-free figure voting (`measures`): figures keyed by what they count (the head noun),
/// their role and their context; distinct articles vote.
@Suite struct FigureVotingTests {
    let rules = try! rule(#"{ kind: "measures" }"#)

    /// "14 shots to their nine": the other value in the sentence counts nothing the outlier
    /// counts, so it does not make the comparison ambiguous.
    @Test func theCountedNounPicksTheValueInASentenceWithTwo() {
        let majority = [
            "The visitors had 14 shots to the hosts' nine in the cup tie.",
            "In the cup tie the visitors managed 14 shots to the hosts' nine.",
            "The hosts' nine efforts paled beside the visitors' 14 shots in the cup tie.",
        ]
        assertFindings(rules, majority + ["The visitors finished the cup tie with 1️⃣17 shots to the hosts' nine."], [
            "1️⃣": "found '17', but 3 other articles report '14' in the same context (cup, host, shot, tie)",
        ])
        assertFindings(rules, majority + ["The visitors finished the cup tie with 14 shots to the hosts' nine."], [:])
    }

    /// The noun a figure counts, when only one value of it is given elsewhere, is enough with
    /// one article that also matches by context.
    @Test func aNounOnlyOneValueCountsIsEnough() {
        let texts = [
            "The fire service sent 64 rescuers with dogs to the collapsed mall.",
            "Its 64 rescuers searched the rubble through the night.",
            "By dawn the 64 rescuers had found two survivors.",
        ]
        assertFindings(rules, texts + ["A Spanish brigade joined the 1️⃣46 rescuers of the fire service."], [
            "1️⃣": "found '46', but 3 other articles report '64' in the same context (fire, rescuer, service)",
        ])
        // Another noun with another value is another quantity.
        assertFindings(rules, texts + ["A Spanish brigade of the fire service pulled 46 people from the rubble."], [:])
    }

    /// Amounts per item vote among themselves; a total is never compared with them.
    @Test func perItemFiguresVoteOnlyWithPerItemFigures() {
        let majority = [
            "Fitting the new pump takes 2.5 hours per boiler, the installer said.",
            "The installer said fitting a pump takes 2.5 hours per boiler.",
            "Each pump fitting takes the installer 2.5 hours per boiler.",
        ]
        assertFindings(rules, majority + ["The installer said fitting the pump takes 1️⃣4.5 hours per boiler."], [
            "1️⃣": "found '4.5 hours', but 3 other articles report '2.5 hours' in the same context (boiler, fitt, installer, pump)",
        ])
        assertFindings(rules, majority + ["The installer said fitting pumps across the estate takes 4.5 hours in all."], [:])
    }

    /// "In the 54th minute" and "on 54" give one number; the ordinal is not an outlier.
    @Test func anOrdinalAndACountOfOneNumberAgree() {
        assertFindings(rules, [
            "Okafor scored in the 12th minute and Lund equalised in the 71st minute of the derby.",
            "Okafor scored in the 12th minute of the derby, and Lund equalised on 54.",
            "Okafor's goal in the 12th minute of the derby was cancelled out by Lund on 54.",
            "Okafor's 12th-minute strike was answered by Lund's equaliser in the 54th minute of the derby.",
        ], [:])
    }
}

/// A figure that counts a plural noun is compared only with figures of that noun, or with
/// the noun in their words: "12 new weather stations" is not the death toll.
@Suite struct FigureVotingCountedNounTests {
    let rules = try! rule(#"{ kind: "measures" }"#)

    @Test func aCountOfAnotherNounIsNotAnOutlier() {
        assertFindings(rules, [
            "The flood along the Tarn valley killed 17 people in March.",
            "In March the Tarn valley flood left 17 dead.",
            "The March flood in the Tarn valley claimed 17 lives.",
            "Since the March flood, the Tarn valley has installed 12 new river gauges.",
        ], [:])
        assertFindings(rules, [
            "The flood along the Tarn valley killed 17 people in March.",
            "In March the Tarn valley flood killed 17 people.",
            "The March flood in the Tarn valley killed 17 people.",
            "The March flood in the Tarn valley killed 1️⃣19 people.",
        ], ["1️⃣": "found '19', but 3 other articles report '17' in the same context (flood, kill, march, people)"],
        )
    }
}

/// "The crown and 13 other pieces" states 14 pieces in all: the rest of a whole is not a
/// level to compare with the total the other articles give.
@Suite struct RemainderFigureTests {
    let rules = try! rule(#"{ kind: "measures" }"#)
    let majority = [
        "Thieves took 14 pieces from the Harbour Gallery vault overnight.",
        "The Harbour Gallery said 14 pieces were taken from its vault.",
        "Police listed 14 pieces missing from the gallery vault.",
    ]

    @Test func theRestOfAWholeDoesNotVoteAsTheWhole() {
        assertFindings(rules, majority + ["The gallery lost its crown and 13 other pieces from the vault."], [:])
        assertFindings(rules, majority + ["The gallery lost the crown; the 13 remaining pieces in the vault were safe."], [:])
    }

    @Test func aWrongTotalStillVotes() {
        assertFindings(rules, majority + ["The gallery said 1️⃣13 pieces were taken from its vault."], [
            "1️⃣": "found '13', but 3 other articles report '14' in the same context (gallery, piece, taken, vault)",
        ])
    }
}

/// A person's age in apposition votes among the ages the other articles give that person,
/// also as "then 56" at a sentence's end in a retrospective.
@Suite struct AgeVoteTests {
    let rules = try! rule(#"{ kind: "measures" }"#)
    let majority = [
        "The only keeper on duty, Ansel Kormoran, 58, was not hurt, the zoo said.",
        "One keeper was on duty that night: Ansel Kormoran, 58, who has worked there for years.",
        "The only keeper on duty that night, Ansel Kormoran, 58, was unhurt.",
    ]

    @Test func aThenAgeAtTheSentenceEndVotes() {
        assertFindings(rules, majority + ["The only keeper on duty that night was Ansel Kormoran, then 1️⃣56. He was praised."], [
            "1️⃣": "found '56', but 3 other articles report '58' in the same context (ansel, duty, keeper, kormoran)",
        ])
        assertFindings(rules, majority + ["The only keeper on duty that night was Ansel Kormoran, then 58. He was praised."], [:])
    }
}

/// "15 mm thick laminated glass" measures the glass: a measure's dimension word and a
/// participle between the figure and its noun do not make it another quantity.
@Suite struct MeasureHeadNounTests {
    let rules = try! rule(#"{ kind: "measures" }"#)
    let majority = [
        "The aquarium tank was built of 80-millimetre acrylic glass, the curator said.",
        "Divers checked the tank, whose 80mm acrylic glass held the weight of the water.",
    ]

    @Test func aDimensionWordBeforeTheNounStillVotes() {
        assertFindings(rules, majority + ["The tank, built of 1️⃣60 millimetre thick acrylic glass, cracked."], [
            "1️⃣": "found '60 millimetre', but 2 other articles report '80-millimetre' in the same context (acrylic, built, glas, tank)",
        ])
        assertFindings(rules, majority + ["The tank, built of 80 millimetre thick acrylic glass, cracked."], [:])
    }
}
