#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
        // Generated sorted and lowercase (a test checks it): used as is, with no pass at start-up.
        return WordList(normalized: Array(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)))
    }()

    /// Every built-in rule as (id, kind, JSON5 source, kindReplaces), in id order. Their ids
    /// are their own (`boilerplate`, `corpus-…`), not the ids the docs' examples give rule
    /// files (`page-furniture`, `quote-drift`). A loaded rule with the same id replaces one;
    /// so does any loaded rule of the same kind when `kindReplaces` (a story's `dates` rule
    /// checks weekdays too, a `figures` rule compares magnitudes too: a second run of the same
    /// check would only double the work and the findings). Page furniture is the exception:
    /// a site's own phrase list adds to the generic one.
    public static let sources: [(id: String, kind: String, json5: String, kindReplaces: Bool)] = [
        ("boilerplate", "boilerplate", pageFurniture, false),
        ("corpus-figures", "measures", corpusFigures, true),
        ("corpus-genders", "genders", corpusGenders, true),
        ("corpus-magnitudes", "figures", figureConsensus, true),
        ("corpus-names", "gazetteer", corpusNames, true),
        ("corpus-quotes", "quotes", quoteDrift, true),
        ("corpus-types", "types", corpusTypes, true),
        ("corpus-variants", "variants", nameVariants, true),
        ("date-sanity", "dates", dateSanity, true),
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
          "The river rose overnight.\nEnjoying the Courier? Sign up for our free morning briefing.",
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
      // Whole lines of page chrome, by what they open with: ads and sponsored links, share bars,
      // comment and login prompts, newsletter, subscription and donation appeals, cookie
      // banners, gallery and image captions, reading times, related-story links.
      lines: [
        "Advertisement", "Advertisement - *", "Skip advertisement", "Sponsored", "Sponsored content", "Sponsored: *",
        "Sponsored by *", "Promoted", "Promoted content", "Paid content*", "Partner content*",
        "Share", "Share this", "Share this article*", "Share this story*", "Share on *", "Share via *", "Share: *",
        "Leave a Reply", "Leave a comment", "Comments", "# comments", "Comments (#)", "Show comments*",
        "Log in to *", "Sign in to *", "Log in or *", "Join the conversation*", "Join the discussion*",
        "Read more", "Read more: *", "Related", "Related: *", "Related stories*", "Related articles*",
        "Most read", "Most popular", "Recommended", "Recommended for you*", "More from *", "Trending*",
        "# min read", "# min", "# minute read", "# minutes read", "Reading time: *", "Listen to this article*",
        "Subscribe", "Subscribe to *", "Subscribe for *", "Subscribe now*", "Sign up", "Sign up for *", "Sign up to *",
        "*? Sign up for *", "*? Sign up to *", "*? Subscribe *",
        "Newsletter", "Get the * newsletter*", "Get our * newsletter*", "Our * newsletter*",
        "Support independent *", "Support our journalism*", "Support us*", "Donate*", "Become a member*",
        "Become a subscriber*", "Make a donation*",
        "We use cookies*", "This site uses cookies*", "This website uses cookies*", "Accept all*", "Manage preferences*",
        "Cookie settings*", "Cookie policy*",
        "View gallery*", "Open gallery*", "Image: *", "Photo: *", "Picture: *",
        "Photograph: *", "Credit: *", "Image credit: *", "Photo credit: *",
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
          ["The café opened in May.", "The café was full.", "The cafe closed in June."],
          ["She is his protégé.", "A protégé spoke.", "She was a protege of the founder."],
        ],
        passes: [
          ["The café opened in May.", "The café closed in June."],
          ["Defence spending rose.", "Defense spending rose."],
        ],
      },
    }
    """#

    static let corpusNames = #"""
    {
      kind: "gazetteer",
      severity: "error",
      description: "A rare word one or two letters from a name the articles write one way many times is a misspelling of it.",
      dictionary: "builtin:english",
      examples: {
        triggers: [[
          "The ferry left Kvalheim at dawn.", "Officials in Kvalheim confirmed it.",
          "Residents of Kvalheim gathered.", "The mayor of Kvalheim spoke.", "Rescuers reached Kvalhiem by noon.",
        ]],
        passes: [[
          "The ferry left Kvalheim at dawn.", "Officials in Kvalheim confirmed it.",
          "Residents of Kvalheim gathered.", "The mayor of Kvalheim spoke.", "Kvalheims are proud of their port.",
        ]],
      },
    }
    """#

    static let corpusTypes = #"""
    {
      kind: "types",
      severity: "error",
      description: "What most articles call a named thing (the survey vessel Kestrel) is not contradicted by another (the patrol vessel Kestrel).",
      examples: {
        triggers: [[
          "Crews boarded the survey vessel Kestrel.", "Kestrel, the survey vessel, left port.",
          "Divers from the patrol vessel Kestrel searched the reef.",
        ]],
        passes: [[
          "Crews boarded the survey vessel Kestrel.", "Kestrel, the survey vessel, left port.",
          "The new survey vessel Kestrel returned.",
        ]],
      },
    }
    """#

    static let corpusGenders = #"""
    {
      kind: "genders",
      severity: "warning",
      description: "A pronoun agrees with the gender the other articles give the person it refers to.",
      dictionary: "builtin:english",
      examples: {
        triggers: [[
          "Ingrid Vassbotn opened the plant. She thanked the workers.", "Ms. Vassbotn spoke first.",
          "Ingrid Vassbotn arrived late. He apologised.",
        ]],
        passes: [[
          "Ingrid Vassbotn opened the plant. She thanked the workers.", "Ms. Vassbotn spoke first.",
          "Ingrid Vassbotn met Tormod Lien, and he signed the deal.",
        ]],
      },
    }
    """#

    static let corpusFigures = #"""
    {
      kind: "measures",
      severity: "warning",
      description: "A figure one article gives where the other articles agree on another value in the same context.",
      examples: {
        triggers: [[
          "The port authority approved a dredging budget of $84 million for the channel.",
          "A dredging budget of $84 million was approved for the channel by the port authority.",
          "The port authority set a dredging budget of $48 million for the channel.",
        ]],
        passes: [[
          "The port authority approved a dredging budget of $84 million for the channel.",
          "A dredging budget of $84 million was approved for the channel by the port authority.",
          "Analysts had expected the port authority's dredging budget for the channel to be $60 million.",
        ]],
      },
    }
    """#
}
