import Foundation

/// The rules compiled into the binary: rule-free checks that need no story-specific facts,
/// so `factlint articles/` works in any folder. They are ordinary JSON5 rule sources read by
/// the same loader as rule files; a loaded rule with the same id replaces a built-in one.
public enum BuiltinRules {
    /// The file name a built-in rule reports as its source (`explain`, SARIF).
    public static func file(_ id: String) -> String { "\(folder)/\(id).json5" }
    static let folder = "<built-in>"

    public static func isBuiltin(_ meta: RuleMeta) -> Bool { meta.file.hasPrefix(folder + "/") }

    /// The word list `dictionary: "builtin:english"` names (SCOWL, embedded).
    public static let englishWordsName = "builtin:english"
    static let englishWords: WordList = {
        let text = EnglishWords.text
        return WordList(bytes: Array(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)))
    }()

    /// Every built-in rule as (id, JSON5 source), in id order. A loaded rule with the same id
    /// replaces it; so does any loaded rule of the same kind when `kindReplaces` (a story's
    /// `dates` rule checks weekdays too, a `figures` rule compares magnitudes too; a second
    /// run of the same check would only double the work and the findings). Page furniture
    /// is the exception: a site's own phrase list adds to the generic one.
    public static let sources: [(id: String, kind: String, json5: String, kindReplaces: Bool)] = [
        ("date-sanity", "dates", dateSanity, true),
        ("figure-consensus", "figures", figureConsensus, true),
        ("name-variants", "variants", nameVariants, true),
        ("page-furniture", "boilerplate", pageFurniture, false),
        ("quote-drift", "quotes", quoteDrift, true),
    ]

    static let pageFurniture = #"""
    {
      kind: "boilerplate",
      severity: "warning",
      description: "Page furniture carried in by a scraper (ads, gallery captions, share bars, newsletter and donation appeals, comment footers, reading times) is not part of the article.",
      examples: {
        triggers: [
          "The council met on Monday.\n\nAdvertisement\n\nIt voted to close the bridge.",
          "View image in gallery The mayor at the opening.",
          "Sign up for our newsletter to get the day's stories.",
          "The vote was close.\nLeave a Reply\nYour email address will not be published.",
          "Read more: How the bridge was built\nThe bridge opened in 1931.",
          "By Staff Writer\n4 min read\nThe river rose overnight.",
        ],
        passes: [
          "The council debated rules for advertisement hoardings.",
          "She said she would read more of the report tonight.",
          "The gallery will open in spring, the museum said.",
        ],
      },
      phrases: [
        "open image in gallery",
        "view image in gallery",
        "Click here to",
        "Click here for",
        "Sign up for our newsletter",
        "Subscribe to our newsletter",
        "Your support helps us",
        "Your donation allows us",
        "Please consider supporting",
        "Please read our comment policy",
        "Your email address will not be published",
        "A version of this story appeared in",
        "Copyright ©",
        "All rights reserved",
      ],
      lines: [
        "Advertisement", "Advertisement - *", "Skip advertisement", "Sponsored", "Sponsored content",
        "Share", "Share this article", "Share this story", "Share on *", "Share via *",
        "Leave a Reply", "Leave a comment", "Comments", "# comments",
        "Read more", "Read more: *", "Related", "Related: *", "Most read", "Most popular",
        "# min read", "# min", "# minute read", "# minutes read", "Reading time: *",
        "Subscribe", "Sign up", "Newsletter",
      ],
      repeatedLines: { minCount: 3, minDocuments: 3, maxWords: 6 },
    }
    """#

    static let dateSanity = #"""
    {
      kind: "dates",
      severity: "error",
      description: "Weekdays match their dates, dates exist, and articles agree on when things happened.",
      examples: {
        triggers: ["The vote was held on Monday, March 4, 2025."],
        passes: ["The vote was held on Tuesday, March 4, 2025.", "The fair opens in spring."],
      },
    }
    """#

    static let figureConsensus = #"""
    {
      kind: "figures",
      severity: "error",
      description: "A money amount written without its magnitude ($550) where other articles give it ($550 billion).",
      examples: {
        triggers: [["The city will borrow $120 for the new bridge.", "The city plans to borrow $120 million for the bridge."]],
        passes: [["The city will borrow $120 million for the new bridge.", "The city plans to borrow $120 million for the bridge."]],
      },
    }
    """#

    static let quoteDrift = #"""
    {
      kind: "quotes",
      severity: "warning",
      description: "A quotation reported by several articles is worded the same in each (punctuation, case and excerpts aside).",
      minWords: 6,
      threshold: 0.7,
      examples: {
        triggers: [
          ["“We will rebuild the bridge before the winter comes,” the mayor said.",
           "\"We will repair the bridge before the winter comes,\" the mayor told reporters."],
        ],
        passes: [
          ["“We will rebuild the bridge before the winter comes,” the mayor said.",
           "\"We will rebuild the bridge -- before the winter comes\", she said.",
           "The mayor said: “before the winter comes.”"],
        ],
      },
    }
    """#

    static let nameVariants = #"""
    {
      kind: "variants",
      severity: "note",
      description: "A name or word is written the same way in every article (hyphens, spaces, accents, capitals).",
      examples: {
        triggers: [
          ["The café opened in May.", "The cafe closed in June."],
          ["She is his protégé.", "She was a protege of the founder."],
        ],
        passes: [
          ["The café opened in May.", "The café closed in June."],
          ["Defence spending rose.", "Defense spending rose."],
        ],
      },
    }
    """#
}
