import FactlintCore
import Testing

/// Rule-free figure votes that must see who and when a figure is about: a value other
/// articles give for another named subject, a value of another time the article itself
/// sets beside the old one, a per-item amount restated in another unit, and a clock time.
@Suite struct FigureSubjectAndTimeTests {
    let rules = try! rule(#"{ kind: "measures" }"#)

    /// Articles that give 125th for one club and name the other club apart in the same
    /// sentence do not contradict an article that gives the other club's 90th.
    @Test func aValueOfAnotherNamedSubjectIsNoMajority() {
        let majority = [
            "Harwick Rovers, founded in 1901, mark their 125th anniversary this season, while Dunmore Athletic mark a jubilee too.",
            "Harwick Rovers, founded in 1901, mark their 125th anniversary this season, and Dunmore Athletic mark theirs too.",
            "Harwick Rovers, founded in 1901, mark their 125th anniversary this season, while Dunmore Athletic celebrate a birthday.",
        ]
        assertFindings(rules, majority + ["Dunmore Athletic, founded in 1936, mark their 90th anniversary this season."], [:])
        // The same club's anniversary given otherwise is still reported.
        assertFindings(rules, majority + ["Harwick Rovers, founded in 1901, mark their 1️⃣120th anniversary this season."], [
            "1️⃣": "found '120th', but 3 other articles report '125th' in the same context (anniversary, found, harwick, mark)",
        ])
    }

    /// "€31bn today, up from the €26bn of 2020": the article gives the majority's value as an
    /// earlier one, so its own figure is of another time.
    @Test func aFigureBesideTheMajorityValueAsAnEarlierOneIsAnotherTime() {
        let majority = [
            "The merged utility held total assets of €26bn when the deal closed.",
            "At closing, the merged utility reported total assets of €26bn.",
            "The deal gave the merged utility total assets of €26bn.",
        ]
        assertFindings(rules, majority + ["Today the merged utility holds total assets of €31bn, up from the €26bn of 2020."], [:])
        assertFindings(rules, majority + ["The merged utility held total assets of 1️⃣€31bn when the deal closed."], [
            "1️⃣": "found '€31bn', but 3 other articles report '€26bn' in the same context (asset, clos, deal, held)",
        ])
    }

    /// "Organisers estimated that 150,000 spectators …" states the crowd the way "about
    /// 120,000 spectators" does: an estimate is the claim, not a forecast of it.
    @Test func anEstimateIsAClaimThatVotes() {
        let majority = [
            "About 120,000 spectators lined the route of the city race.",
            "Some 120,000 spectators lined the route, organisers said.",
            "The route was lined by about 120,000 spectators.",
        ]
        assertFindings(rules, majority + ["Organisers estimated that 1️⃣150,000 spectators lined the route."], [
            "1️⃣": "found '150,000', but 3 other articles report '120,000' in the same context (lined, organiser, route, spectator)",
        ])
    }

    /// "SEK 90 per share, roughly €7.90": the converted amount is per share too, and never
    /// votes with the deal's total in euros.
    @Test func aPerItemAmountRestatedInAnotherCurrencyIsPerItem() {
        assertFindings(try! rule("""
            { kind: 'figures', facts: [
                { name: 'offer value', anchors: ['offer', 'worth'], value: '€2.1 billion', tolerance: '€0.1 billion' },
                { name: 'offer per share', anchors: ['per share', 'offer'], value: 'SEK 90' },
            ] }
            """), [
            "Norrvik is offering 90 kronor per Tallberg share, roughly 7.90 euros, in cash.",
            "The offer values Tallberg at about €2.1 billion.",
        ], [:])
    }

    /// "at 8.45" and "until 11.04" are times of day, not figures that a dash joins to the
    /// next one: "at 11.04 – 51 seconds before" is no range.
    @Test func aDottedClockTimeAfterAtIsNoFigure() {
        let majority = [
            "The women's winner crossed the line 51 seconds before her brother.",
            "She finished 51 seconds before her brother, who won the men's race.",
        ]
        assertFindings(rules, majority + ["The women started at 8.45 and the winner reached the finish at 11.04 – 51 seconds before her brother."], [:])
        assertFindings(rules, majority + ["The winner reached the finish 1️⃣53 seconds before her brother."], [
            "1️⃣": "found '53 seconds', but 2 other articles report '51 seconds' in the same context (brother, winner)",
        ])
    }
}
