@testable import FactlintCore
import Testing

/// A multi-word preferred form (issue #13): each of its words is preferred on its own, as the
/// text compares them ("Marie-Hélène" and "Lefèvre" for "Marie-Hélène Lefèvre").
@Suite struct PreferredPartsTests {
    static let inquiry = "{ kind: 'variants', preferred: ['Marie-Hélène Lefèvre'] }"

    @Test func eachWordOfAMultiWordPreferredFormIsPreferred() throws {
        assertFindings(try rule(Self.inquiry), [
            "The inquiry was led by Marie-Hélène Lefèvre in Lyon.",
            "The inquiry was led by 1️⃣Marie Hélène Lefèvre in Lyon.",
            "The inquiry was led by Marie-Hélène 2️⃣Lefevre in Lyon.",
        ], [
            "1️⃣": "'Marie Hélène' is a variant of 'Marie-Hélène', the preferred form (used in 2 articles); use one form",
            "2️⃣": "'Lefevre' is a variant of 'Lefèvre', the preferred form (used in 2 articles); use one form",
        ])
    }

    @Test func thePreferredSpellingPasses() throws {
        assertFindings(try rule(Self.inquiry), [
            "The inquiry was led by Marie-Hélène Lefèvre in Lyon.",
            "Lefèvre said the inquiry, chaired by Marie-Hélène Lefèvre, would report in May.",
        ], [:])
    }

    @Test func twoPreferredFormsWhoseWordsAreVariantsDoNotLoad() {
        #expect {
            try rule("{ kind: 'variants', preferred: ['Anne-Marie Holm', 'Annemarie Berg'] }")
        } throws: { error in
            "\(error)".contains("'Annemarie' (in 'Annemarie Berg') and 'Anne-Marie' (in 'Anne-Marie Holm') are variants of each other; prefer one")
        }
    }
}
