// The values the HTML report is drawn from. Kept apart from the markup so a richer
// source (claims every article votes on, including the ones they agree on) can feed the
// same table later: it only has to produce `ReportRow`s.

/// One article in the report: its place in the page (`a1`, `a2`, …) and its text.
public struct ReportArticle: Sendable {
    public var path: String
    /// Fragment id of the article's section; its lines are `<anchor>-l<line>`.
    public var anchor: String
    /// The bytes as read back for the report; nil when the file could not be read.
    public var text: SourceText?

    public init(path: String, anchor: String, text: SourceText?) {
        self.path = path
        self.anchor = anchor
        self.text = text
    }

    /// The file name without its folders: what a column header shows.
    public var name: String {
        path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    }

    public func lineID(_ line: Int) -> String { "\(anchor)-l\(line)" }
}

/// What one article says at one place, as written.
public struct ReportPassage: Sendable, Hashable {
    public var path: String
    public var line: Int
    public var byteRange: Range<Int>
    public var text: String

    public init(path: String, line: Int, byteRange: Range<Int>, text: String) {
        self.path = path
        self.line = line
        self.byteRange = byteRange
        self.text = text
    }
}

/// One article's column in a fact row.
public struct ReportCell: Sendable, Hashable {
    public enum Role: Sendable, Hashable {
        /// The article disagrees; the finding's severity and message say how.
        case outlier(Severity, message: String)
        /// The article says what the others it is compared with say.
        case agrees
    }

    public var path: String
    public var role: Role
    /// True when this cell's reading is held by more articles than any other in the row.
    public var majority: Bool
    public var passages: [ReportPassage]

    public init(path: String, role: Role, majority: Bool, passages: [ReportPassage]) {
        self.path = path
        self.role = role
        self.majority = majority
        self.passages = passages
    }
}

/// One row of the fact table: a fact several articles speak to, and what each says.
public struct ReportRow: Sendable, Hashable {
    public var ruleID: String
    /// What the row is about, e.g. the values in dispute ("$400 billion / $490 billion").
    public var subject: String
    /// The finding's topic where its message names one ("Japanese companies' … investments").
    public var topic: String?
    /// The most severe finding in the row; nil for a row where all articles agree.
    public var severity: Severity?
    /// The value a rule states for this fact, where it states one.
    public var ruleValue: String?
    /// One cell per article that speaks to the fact, in path order.
    public var cells: [ReportCell]

    public init(ruleID: String, subject: String, topic: String? = nil, severity: Severity?,
                ruleValue: String? = nil, cells: [ReportCell]) {
        self.ruleID = ruleID
        self.subject = subject
        self.topic = topic
        self.severity = severity
        self.ruleValue = ruleValue
        self.cells = cells
    }

    public var key: String { ruleID + " " + subject }

    /// Table order: most severe first, then the rows more articles speak to, then by key.
    public static func ordered(_ a: ReportRow, _ b: ReportRow) -> Bool {
        let sa = a.severity.map { Severity.allCases.firstIndex(of: $0)! } ?? -1
        let sb = b.severity.map { Severity.allCases.firstIndex(of: $0)! } ?? -1
        if sa != sb { return sa > sb }
        if a.cells.count != b.cells.count { return a.cells.count > b.cells.count }
        if a.key != b.key { return a.key < b.key }
        return (a.topic ?? "") < (b.topic ?? "")
    }
}

/// Everything the page shows. `agreeingRows` stays empty until the engine reports the
/// facts all articles agree on; the page already renders them, collapsed.
public struct HTMLReportInput: Sendable {
    public var report: Report
    public var articles: [ReportArticle]
    /// The run's date as printed in the header; nil leaves it out (`--no-timestamp`).
    public var timestamp: String?
    public var agreeingRows: [ReportRow]

    public init(report: Report, articles: [ReportArticle], timestamp: String? = nil, agreeingRows: [ReportRow] = []) {
        self.report = report
        self.articles = articles
        self.timestamp = timestamp
        self.agreeingRows = agreeingRows
    }

    /// Articles for every file checked and every file a finding points at, in path order,
    /// numbered `a1`, `a2`, …; `bytes` reads a file back (nil when it cannot be read).
    public static func articles(for report: Report, bytes: (String) -> [UInt8]?) -> [ReportArticle] {
        var paths = Set(report.files)
        for d in report.diagnostics {
            paths.insert(d.location.path)
            for r in d.related { paths.insert(r.location.path) }
        }
        return paths.sorted().enumerated().map { i, path in
            ReportArticle(path: path, anchor: "a\(i + 1)", text: bytes(path).map { SourceText(bytes: $0) })
        }
    }
}
