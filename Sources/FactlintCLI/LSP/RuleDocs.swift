/// Where a rule's documentation lives: its kind's section of docs/rules.md. Rule ids are
/// file names chosen by the rule's author; the kind is what the documentation describes.
public enum RuleDocs {
    public static let base = "https://github.com/factlint/factlint/blob/main/docs/rules.md"

    /// GitHub's anchor for each kind's heading (a test checks them against docs/rules.md).
    public static let anchors: [String: String] = [
        "names": "names--name-spelling",
        "boilerplate": "boilerplate--scraped-page-furniture",
        "figures": "figures--numeric-facts-missing-magnitudes-cross-article-disagreement",
        "dates": "dates--date-sanity",
        "entities": "entities--what-a-thing-is-who-he-and-she-are",
        "variants": "variants--one-spelling-per-name-across-the-corpus",
        "quotes": "quotes--quote-drift-across-articles",
        "gazetteer": "gazetteer--names-as-the-corpus-writes-them",
        "types": "types--what-the-articles-call-a-named-thing",
        "genders": "genders--he-and-she-as-the-articles-agree",
        "measures": "measures--figures-the-articles-disagree-on",
    ]

    public static func url(kind: String) -> String? {
        anchors[kind].map { base + "#" + $0 }
    }
}
