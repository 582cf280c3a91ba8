import FactlintCore
import Testing

/// The "Binding" failure classes of issue #13, each with its own sentences: a figure binds
/// to a fact by grammar (its own clause) and by unit.
@Suite struct FigureBindingTests {
    @Test func whileStartsAClauseAndEachClauseFigureGoesToItsOwnFact() throws {
        let rules = try rule("""
        { kind: "figures", facts: [
          { name: "quarterly sales", anchors: ["sales"], value: "SEK 7.4 billion" },
          { name: "operating profit", anchors: ["operating profit"], value: "SEK 910 million" },
        ] }
        """)
        assertFindings(rules, "Sales grew 6 percent to SEK 7.4 billion, while operating profit rose 15 percent to 1️⃣SEK 950 million.",
                       ["1️⃣": "operating profit is SEK 910 million; found 'SEK 950 million'"])
        assertFindings(rules, "Sales grew 6 percent to SEK 7.4 billion, while operating profit rose 15 percent to SEK 910 million.", [:])
        assertFindings(rules, "Operating profit rose to SEK 910 million and sales climbed to 1️⃣SEK 7.9 billion.",
                       ["1️⃣": "quarterly sales is SEK 7.4 billion; found 'SEK 7.9 billion'"])
    }

    /// "seven Tyr engines on its first stage" and "seven Tyr first-stage engines" count
    /// engines: the counted noun is found past a name and a hyphenated modifier.
    @Test func aCountOfAnotherNounPastANameIsNoEvidence() throws {
        let rules = try rule("""
        { kind: "figures", facts: [{ name: "the rocket's stages", anchors: ["stage", "stages"], value: "2", unit: "count" }] }
        """)
        assertFindings(rules, "It burns kerosene in seven Tyr engines on its first stage.", [:])
        assertFindings(rules, "Rocket: 35 m tall, seven Tyr first-stage engines.", [:])
        assertFindings(rules, "The rocket has 1️⃣three stages.", ["1️⃣": "the rocket's stages is 2; found 'three'"])
    }

    /// "a payload capacity of 1,200 kg" is what a rocket can carry, not the payload's mass;
    /// a fact anchored on the capacity itself still binds it.
    @Test func aCapacityBindsOnlyToACapacity() throws {
        let rules = try rule("""
        { kind: "figures", facts: [{ name: "the satellite's mass", anchors: ["satellite", "payload"], value: "180 kg" }] }
        """)
        assertFindings(rules, "Its successor will fly next year with a payload capacity of 1,200 kg.", [:])
        assertFindings(rules, "The payload weighs 1️⃣190 kg.", ["1️⃣": "the satellite's mass is 180 kg; found '190 kg'"])
        let capacity = try rule("""
        { kind: "figures", facts: [{ name: "the stadium's capacity", anchors: ["capacity"], value: "60,000" }] }
        """)
        assertFindings(capacity, "The stadium has a capacity of 1️⃣66,000.", ["1️⃣": "the stadium's capacity is 60,000; found '66,000'"])
    }

    @Test func semicolonAndRelativeClausesSeparateFigures() throws {
        let rules = try rule("""
        { kind: "figures", facts: [
          { name: "the order", anchors: ["order"], value: "$2 billion" },
          { name: "the plant's workforce", anchors: ["plant"], value: "1,300" },
        ] }
        """)
        assertFindings(rules, "The plant, which cost $300 million, is part of the order.", [:])
        assertFindings(rules, "The order was signed on Monday; a separate deal was worth $90 million.", [:])
        assertFindings(rules, "The plant, which employs 1️⃣1,250 people, opened in May.",
                       ["1️⃣": "the plant's workforce is 1,300; found '1,250'"])
    }

    @Test func expectationsAndForecastsAreNotTheFact() throws {
        let rules = try rule("{ kind: 'figures', facts: [{ name: 'annual turnover', anchors: ['turnover'], value: '€2.1 billion' }] }")
        assertFindings(rules, "Economists had forecast turnover of €1.8 billion.", [:])
        assertFindings(rules, "The consensus put turnover at €1.9 billion, but the company reported €2.1 billion.", [:])
        assertFindings(rules, "Turnover came in at 1️⃣€2.4 billion, above the €1.9 billion that had been expected.",
                       ["1️⃣": "annual turnover is €2.1 billion; found '€2.4 billion'"])
    }

    @Test func perItemAmountsAreNotTheTotal() throws {
        let rules = try rule("{ kind: 'figures', facts: [{ name: 'the grant total', anchors: ['grants'], value: '$60 million' }] }")
        assertFindings(rules, "The foundation awarded grants of $5 million each to twelve schools.", [:])
        assertFindings(rules, "Grants worth $5 million per school went out.", [:])
        assertFindings(rules, "The foundation awarded grants of 1️⃣$50 million in all.", ["1️⃣": "the grant total is $60 million; found '$50 million'"])
    }

    @Test func partsOfAWholeAreNotTheCount() throws {
        let rules = try rule("{ kind: 'figures', facts: [{ name: 'the workforce', anchors: ['workers'], value: '4,200' }] }")
        assertFindings(rules, "Roughly 900 of the workers are on temporary contracts.", [:])
        assertFindings(rules, "Only 900 out of 4,200 workers voted.", [:])
        assertFindings(rules, "Some 1️⃣3,800 workers are employed there.", ["1️⃣": "the workforce is 4,200; found '3,800'"])
    }

    @Test func aSpeedNeverBindsToACount() throws {
        let rules = try rule("{ kind: 'figures', facts: [{ name: 'pitches thrown', anchors: ['pitches'], value: '104' }] }")
        assertFindings(rules, "The fastest of his 104 pitches reached 98.1 mph.", [:])
        assertFindings(rules, "He needed 99.2 mph fastballs and 104 pitches.", [:])
        assertFindings(rules, "He threw 1️⃣97 pitches, topping out at 99.2 mph.", ["1️⃣": "pitches thrown is 104; found '97'"])
    }

    @Test func factsSharingAnAnchorTakeTheCompatibleFigure() throws {
        for order in [0, 1] {
            let growth = "{ name: 'revenue growth', anchors: ['revenue'], value: '11%' }"
            let revenue = "{ name: 'revenue', anchors: ['revenue'], value: 'NOK 4.82 billion' }"
            let rules = try rule("{ kind: 'figures', facts: [\(order == 0 ? growth + ", " + revenue : revenue + ", " + growth)] }")
            assertFindings(rules, "Revenue rose 11 percent to NOK 4.82 billion.", [:])
            assertFindings(rules, "Revenue rose 1️⃣12 percent to NOK 4.82 billion.", ["1️⃣": "revenue growth is 11%; found '12 percent'"])
            assertFindings(rules, "Revenue rose 11 percent to 1️⃣NOK 4.28 billion.", ["1️⃣": "revenue is NOK 4.82 billion; found 'NOK 4.28 billion'"])
        }
    }

    @Test func alternativeFormatsOfOneFigureAreNotFlagged() throws {
        let rules = try rule("{ kind: 'figures', facts: [{ name: 'the bailout', anchors: ['bailout'], value: '$1.2 billion' }] }")
        assertFindings(rules, """
        The bailout was $1.2 billion. A $1,200 million bailout. The bailout, 1.2bn dollars, passed.
        The bailout of USD 1.2 billion, about NOK 13 billion, passed. A US$1.2bn bailout.
        The bailout covers 1.2 million households and 12 percent of lenders.
        """, [:])
    }

    @Test func differentQuantitiesThatLookAlikeAreNotBound() throws {
        let rules = try rule("{ kind: 'figures', facts: [{ name: 'the dam height', anchors: ['dam'], value: '185 metres' }] }")
        assertFindings(rules, "The dam cost $185 million and took 18 years; the dam holds 39 billion cubic metres.", [:])
        assertFindings(rules, "The dam rises 607 feet above the river.", [:])
        assertFindings(rules, "The dam rises 1️⃣160 metres above the river.", ["1️⃣": "the dam height is 185 metres; found '160 metres'"])
    }
}

/// Facts that state their units, ordinals, and words excluded from anchoring.
@Suite struct FigureFactUnitsTests {
    func loadError(_ fact: String) -> String {
        do {
            _ = try rule("{ kind: 'figures', facts: [\(fact)] }", id: "figs")
            return "loaded"
        } catch { return "\(error)" }
    }

    @Test func aValueIsReadWithItsUnit() throws {
        let rules = try rule("""
        { kind: "figures", facts: [
          { name: "the bag allowance", anchors: ["allowance"], value: "21.5 kg" },
          { name: "the ferry operator's revenue", anchors: ["revenue"], value: "NOK 4.82 billion" },
        ] }
        """)
        assertFindings(rules, """
        The allowance is 47.4 pounds. Revenue reached NOK4.82bn, or 4.82 billion Norwegian kroner.
        The allowance is 1️⃣52 pounds. Revenue reached 2️⃣NOK 4.28 billion.
        The allowance rose by 2 kg while revenue, in dollars, was $450 million.
        """, [
            "1️⃣": "the bag allowance is 21.5 kg; found '52 pounds'",
            "2️⃣": "the ferry operator's revenue is NOK 4.82 billion; found 'NOK 4.28 billion'",
        ])
    }

    /// "m" is metres in a rule (the docs list it), though prose leaves "640 m" alone.
    @Test func aUnitTheDocsListReadsInAValueAndOnABareNumber() throws {
        for fact in [#"value: "640 m""#, #"value: "640", unit: "m""#] {
            let rules = try rule("{ kind: 'figures', facts: [{ name: 'the shaft depth', anchors: ['deep'], \(fact) }] }")
            assertFindings(rules, "The shaft is 640 metres deep. The shaft is 1️⃣604 metres deep.",
                           ["1️⃣": "the shaft depth is \(fact.contains("unit") ? "640" : "640 m"); found '604 metres'"])
        }
        #expect(loadError(#"{ name: "x", anchors: ["x"], value: "640 zorks" }"#).contains("cannot read the unit 'zorks'"))
    }

    @Test func aValueWhoseUnitCannotBeReadFailsToLoad() {
        #expect(loadError("{ name: 'x', anchors: ['a'], value: '21.5 furlongs' }")
                == "figs.json5: facts[0].value: '21.5 furlongs': cannot read the unit 'furlongs'; a unit is \(UnitNamesText.described)")
        #expect(loadError("{ name: 'x', anchors: ['a'], unit: 'NOK' }") == "loaded")
        #expect(loadError("{ name: 'x', anchors: ['a'], unit: 'INR' }") == "loaded")
        #expect(loadError("{ name: 'x', anchors: ['a'], unit: 'km' }") == "loaded")
        #expect(loadError("{ name: 'x', anchors: ['a'], value: '21.5 kg', unit: 'USD' }") == "figs.json5: facts[0].unit: 'USD' contradicts the value's unit kg")
        #expect(loadError("{ name: 'x', anchors: ['a'], value: '47.5 pounds', unit: 'GBP' }") == "loaded")
    }

    @Test func ordinalFacts() throws {
        let rules = try rule("{ kind: 'figures', facts: [{ name: \"the club's league titles\", anchors: ['title'], value: 'ninth' }] }")
        assertFindings(rules, "It was the club's ninth title. The 9th title came in May.", [:])
        assertFindings(rules, "It was the club's 1️⃣eighth league title, won by 3 points.", ["1️⃣": "the club's league titles is ninth; found 'eighth'"])
    }

    @Test func excludedPhrasesDoNotAnchor() throws {
        let rules = try rule("{ kind: 'figures', facts: [{ name: 'the attendance', anchors: ['crowd'], exclude: ['crowd funding'], value: '52,000' }] }")
        assertFindings(rules, "A crowd funding drive raised 3,100 pledges.", [:])
        assertFindings(rules, "A crowd of 1️⃣48,000 watched.", ["1️⃣": "the attendance is 52,000; found '48,000'"])
    }
}

enum UnitNamesText {
    static let described = "a currency code (USD, EUR, NOK, INR …), percent, count, ordinal, a duration (hours, days, weeks, months, years), "
        + "a mass (kg, g, t, lb), a length (km, m, miles, feet), a speed (mph, km/h, knots), "
        + "an area (hectares, acres, km², square miles), a volume (litres, gallons, m³) or a temperature (°C, °F)"
}

/// Binding by the noun a figure counts and by the pauses between a figure and an anchor.
@Suite struct FigureCountedNounBindingTests {
    let rules = try! rule("""
    { kind: "figures", facts: [
      { name: "the death toll", anchors: ["dead", "killed"], value: "23" },
      { name: "the number of injured", anchors: ["injured"], value: "140" },
      { name: "the deaths in Arles", anchors: ["of them in Arles"], value: "9" },
      { name: "the homes flooded", anchors: ["flooded", "nationwide"], value: "2,600" },
    ] }
    """)

    /// "23 dead, 150 injured": the comma puts 150 nearer "injured" than "dead".
    @Test func aCommaSeparatesAFigureFromTheAnchorBeforeIt() {
        assertFindings(rules, "The storm left 23 dead, 140 injured and two missing.", [:])
        assertFindings(rules, "The storm left 23 dead, 1️⃣150 injured and two missing.",
                       ["1️⃣": "the number of injured is 140; found '150'"])
    }

    /// A part binds only to an anchor that is its own "of" phrase.
    @Test func aPartBindsOnlyToItsOwnOfPhrase() {
        assertFindings(rules, "The toll rose to 23 killed, 9 of them in Arles.", [:])
        assertFindings(rules, "The toll rose to 23 killed, 1️⃣11 of them in Arles.", ["1️⃣": "the deaths in Arles is 9; found '11'"])
        assertFindings(rules, "Of the dead, 9 lived in Arles.", [:])
    }

    /// "31 pumps … nationwide": the count is of pumps, not of what the later anchor measures.
    @Test func aCountOfAnotherNounDoesNotBindToALaterAnchor() {
        assertFindings(rules, "Since June, 31 pumps have been installed nationwide.", [:])
        assertFindings(rules, "Some 2,600 homes were flooded and 48 shelters are open.", [:])
        assertFindings(rules, "Some 1️⃣2,900 homes were flooded nationwide.", ["1️⃣": "the homes flooded is 2,600; found '2,900'"])
    }
}

/// A clause that states a fact's value states that fact: a nearer figure of another value is
/// about something else. Continental thousands dots read either way.
@Suite struct FigureValuePreferenceTests {
    @Test func aFigureStatingTheKnownValueBindsBeforeANearerOne() throws {
        let rules = try rule("""
        { kind: "figures", facts: [
          { name: "the company's age", anchors: ["history"], value: "90 years" },
          { name: "years since the last strike", anchors: ["strike"], value: "eleven years" },
        ] }
        """)
        assertFindings(rules, "It is the longest strike in the company's history and comes eleven years after the last one.", [:])
        // Bound to the nearer fact, the company's age, but nothing like 90 years: another
        // quantity, not a slip (FigureSlip), so no finding.
        assertFindings(rules, "It is the longest strike in the company's history and comes twelve years after the last one.", [:])
    }

    @Test func aThousandsDotReadsEitherWay() throws {
        let rules = try rule("{ kind: 'figures', facts: [{ name: 'the turnout', anchors: ['voters'], value: '52,318' }] }")
        assertFindings(rules, "Exactly 52.318 voters cast a ballot.", [:])
        assertFindings(rules, "Exactly 1️⃣53.318 voters cast a ballot.", ["1️⃣": "the turnout is 52,318; found '53.318'"])
    }
}

/// A person's age in apposition is not a count for any fact.
@Suite struct FigureAgeTests {
    @Test func anAgeInAppositionIsNotACount() throws {
        let rules = try rule("{ kind: 'figures', facts: [{ name: 'the death toll', anchors: ['lives', 'killed'], value: '14' }] }")
        assertFindings(rules, "Tomas Berg, now 68, lives near the dam that failed.", [:])
        assertFindings(rules, "Ada Lind (81) lives alone; the flood killed 14 people.", [:])
        assertFindings(rules, "The flood killed 1️⃣16 people, among them Tomas Berg, 68, a farmer.", ["1️⃣": "the death toll is 14; found '16'"])
    }
}
