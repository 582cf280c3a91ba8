#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `dates`: date sanity. Weekdays that do not match their dates; event years and periods
/// that contradict declared facts; anniversaries that do not add up; and, for events
/// declared without a date, the odd article out.
public struct DatesRule: RuleKind, ClaimingRule {
    public static let kind = "dates"
    public static let defaultSeverity = Severity.error
    public static var optionKeys: [String] { Options.CodingKeys.allCases.map(\.rawValue) }

    public struct Options: Decodable, Sendable {
        public var referenceDate: String?
        public var slashDates: String
        /// True when the rule states `slashDates` (then "05/06/2025" is read as it says).
        public var slashDatesDeclared = false
        public var weekdays: Bool
        public var arithmetic: Bool
        public var window: Int
        public var events: [Event]
        public var anniversaries: [Anniversary]

        enum CodingKeys: String, CodingKey, CaseIterable { case referenceDate, slashDates, weekdays, arithmetic, window, events, anniversaries }

        public init(from decoder: Decoder) throws {
            let c = try decoder.ruleOptions(keyedBy: CodingKeys.self)
            referenceDate = try c.decodeIfPresent(String.self, forKey: .referenceDate)
            slashDates = try c.decode(.slashDates, default: "month-first")
            slashDatesDeclared = c.contains(.slashDates)
            weekdays = try c.decode(.weekdays, default: true)
            arithmetic = try c.decode(.arithmetic, default: true)
            window = try c.decode(.window, default: 8)
            events = try c.decode(.events, default: [])
            anniversaries = try c.decode(.anniversaries, default: [])
            if let r = referenceDate, DatesRule.parseDay(r) == nil {
                throw c.invalid(.referenceDate, "'\(r)' is not a date; write YYYY-MM-DD")
            }
            if !["day-first", "month-first"].contains(slashDates) {
                throw c.invalid(.slashDates, "'\(slashDates)' is not one of: day-first, month-first")
            }
            if window < 0 || window > 50 { throw c.invalid(.window, "must be between 0 and 50 words") }
        }
    }

    /// An event with its date: `year`, `quarter` ("2025-Q3"), `month` ("2025-07"), `date`
    /// (YYYY-MM-DD) or `period` ("1977..1983"), or none (compare articles).
    public struct Event: Decodable, Sendable {
        public var name: String
        public var anchors: [String]
        /// Phrases in which an anchor does not speak for the event ("unrelated fire" for "fire").
        public var exclude: [String]
        public var interval: ClosedRange<Int>?
        public var described: String
        public var severity: Severity?
        /// True for a date, month or quarter: weekdays, year-less dates and relative
        /// expressions near an anchor are checked too ("published on Tuesday").
        public var finerThanYear = false

        enum CodingKeys: String, CodingKey, CaseIterable { case name, anchors, exclude, year, quarter, month, date, period, severity }

        public init(from decoder: Decoder) throws {
            let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            anchors = try c.decode([String].self, forKey: .anchors)
            exclude = try c.decode(.exclude, default: [])
            severity = try c.decodeIfPresent(Severity.self, forKey: .severity)
            if anchors.isEmpty { throw c.invalid(.anchors, "give at least one anchor phrase") }
            if let problem = PhraseMatcher.invalid(anchors) { throw c.invalid(.anchors, problem) }
            if !exclude.isEmpty, let problem = PhraseMatcher.invalid(exclude) { throw c.invalid(.exclude, problem) }
            let given = [c.contains(.year), c.contains(.quarter), c.contains(.month), c.contains(.date), c.contains(.period)].filter { $0 }.count
            if given > 1 { throw c.invalid(.period, "give one of year, quarter, month, date or period, not several") }
            described = ""
            if let year = try c.decodeIfPresent(Int.self, forKey: .year) {
                guard (1...9999).contains(year) else { throw c.invalid(.year, "\(year) is not a year") }
                interval = CivilDate.yearInterval(year)
                described = "in \(year)"
            } else if let quarter = try c.decodeIfPresent(String.self, forKey: .quarter) {
                let parts = quarter.uppercased().components(separatedBy: "-Q")
                guard parts.count == 2, let y = Int(parts[0]), let q = Int(parts[1]), (1...4).contains(q) else {
                    throw c.invalid(.quarter, "'\(quarter)' is not a quarter; write YYYY-Qn, e.g. \"2025-Q3\"")
                }
                interval = DatesRule.months(y, 3 * q - 2, count: 3)
                described = "in the \(["first", "second", "third", "fourth"][q - 1]) quarter of \(y)"
                finerThanYear = true
            } else if let month = try c.decodeIfPresent(String.self, forKey: .month) {
                let parts = month.split(separator: "-").map { Int($0) }
                guard parts.count == 2, let y = parts[0], let m = parts[1], (1...12).contains(m) else {
                    throw c.invalid(.month, "'\(month)' is not a month; write YYYY-MM")
                }
                interval = DatesRule.months(y, m, count: 1)
                described = "in \(CivilDate.monthNames[m - 1]) \(y)"
                finerThanYear = true
            } else if let date = try c.decodeIfPresent(String.self, forKey: .date) {
                guard let day = DatesRule.parseDay(date) else { throw c.invalid(.date, "'\(date)' is not a date; write YYYY-MM-DD") }
                interval = day...day
                described = "on \(CivilDate.describe(day))"
                finerThanYear = true
            } else if let period = try c.decodeIfPresent(String.self, forKey: .period) {
                let parts = period.components(separatedBy: "..")
                guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a <= b else {
                    throw c.invalid(.period, "'\(period)' is not a period; write FIRST..LAST years, e.g. \"1977..1983\"")
                }
                interval = CivilDate.days(a, 1, 1)...CivilDate.days(b, 12, 31)
                described = "in \(a)–\(b)"
            }
        }
    }

    /// "the 250th anniversary of US independence": `year` is the founding year.
    public struct Anniversary: Decodable, Sendable {
        public var name: String
        public var anchors: [String]
        public var year: Int

        enum CodingKeys: String, CodingKey, CaseIterable { case name, anchors, year }

        public init(from decoder: Decoder) throws {
            let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            anchors = try c.decode([String].self, forKey: .anchors)
            year = try c.decode(Int.self, forKey: .year)
            if anchors.isEmpty { throw c.invalid(.anchors, "give at least one anchor phrase") }
            if let problem = PhraseMatcher.invalid(anchors) { throw c.invalid(.anchors, problem) }
        }
    }

    public struct Evidence: Sendable {
        var event: Int
        var interval: ClosedRange<Int>
        var text: String
        var location: SourceLocation
        /// A date the articles vote on with no rule (`event` is -1): its clause's key words.
        var vote: EventDateVotes.Claim? = nil
        /// A founding year the articles vote on with no rule (`event` is -1).
        var origin: OriginVotes.Claim? = nil
    }

    public let meta: RuleMeta
    let options: Options
    let extractor: DateExtractor
    let eventAnchors: Anchors
    let eventExclusions: AnchorExclusions
    let anniversaryAnchors: Anchors
    /// What declared anniversaries commemorate, by name (`DatesRule+AnniversarySubject`).
    let anniversarySubjectAnchors: Anchors
    let fallback: Int?
    /// With no `referenceDate`: the middle of the events declared finer than a year, when they
    /// all fall in one year (the year of a year-less dateline, `ArticleDate`).
    let storyDay: Int?
    let ordinalSuffixes: IDSet
    let anchorWords: DateAnchorWords
    let elapsed: ElapsedTimeFinder
    let eventKeys: EventKeyReader
    let owners: EventOwners

    public init(meta: RuleMeta, options: Options, context: inout BuildContext) throws {
        self.meta = meta
        self.options = options
        extractor = DateExtractor(dayFirst: options.slashDates == "day-first", lexicon: &context.lexicon)
        var events = Anchors(window: options.window)
        var exclusions = AnchorExclusions()
        for (i, event) in options.events.enumerated() {
            for phrase in event.anchors { events.add(phrase, fact: i, lexicon: &context.lexicon) }
            for phrase in event.exclude { exclusions.add(phrase, fact: i, lexicon: &context.lexicon) }
        }
        var anniversaries = Anchors(window: options.window)
        for (i, a) in options.anniversaries.enumerated() {
            for phrase in a.anchors { anniversaries.add(phrase, fact: i, lexicon: &context.lexicon) }
        }
        eventAnchors = events
        eventExclusions = exclusions
        anniversaryAnchors = anniversaries
        anniversarySubjectAnchors = DatesRule.anniversarySubjects(options.anniversaries, window: options.window, lexicon: &context.lexicon)
        fallback = options.referenceDate.flatMap(DatesRule.parseDay)
        storyDay = DatesRule.storyDay(options.events)
        ordinalSuffixes = IDSet(["th", "st", "nd", "rd"].map { context.lexicon.intern($0) })
        anchorWords = DateAnchorWords(lexicon: &context.lexicon)
        elapsed = ElapsedTimeFinder(lexicon: &context.lexicon)
        eventKeys = EventKeyReader(lexicon: &context.lexicon)
        owners = EventOwners(options.events.map(\.name), lexicon: &context.lexicon)
    }

    public var claims: [RuleAssertion] {
        options.events.enumerated().compactMap { i, e in e.interval == nil ? nil : .fact(subject: e.name, value: e.described, keyPath: "events[\(i)]") }
    }

    public func check(_ document: Document, into findings: inout Findings<Evidence>) {
        let reference = ArticleDate.detect(document, extractor: extractor, fallback: fallback, ambiguousSlashes: options.slashDatesDeclared,
                                           yearHint: storyDay)
        let expressions = extractor.expressions(in: document, reference: reference)
        guard !expressions.isEmpty else { return }
        // Event anchors are found once: the event, anniversary and arithmetic checks all read them.
        let eventHits = options.events.isEmpty ? [] : eventExclusions.filter(eventAnchors.hits(in: document), in: document)
        if options.weekdays { checkCalendar(document, expressions, &findings) }
        if options.arithmetic { checkArithmetic(document, expressions, eventHits: eventHits, reference: reference, &findings) }
        if !options.events.isEmpty {
            checkEvents(document, expressions.filter { !isArticleDate(document, $0, reference: reference) }, eventHits: eventHits, &findings)
        }
        if !options.anniversaries.isEmpty || !eventHits.isEmpty { checkAnniversaries(document, expressions, eventHits: eventHits, &findings) }
        if options.arithmetic {
            checkFoundingAnniversaries(document, expressions, reference: reference, &findings)
            checkRetrospective(document, expressions, reference: reference, &findings)
            checkYearLabels(document, expressions, &findings)
        }
        collectVotes(document, expressions, reference: reference, &findings)
        if options.arithmetic { collectOrigins(document, expressions, reference: reference, &findings) }
    }

    public func compare(_ evidence: [Evidence], into diagnostics: inout [Diagnostic]) {
        var byEvent: [Int: [Evidence]] = [:]
        for item in evidence where item.vote == nil && item.origin == nil { byEvent[item.event, default: []].append(item) }
        compareOrigins(evidence.compactMap(\.origin), into: &diagnostics)
        compareVotes(evidence.compactMap(\.vote), into: &diagnostics)
        for (index, items) in byEvent.sorted(by: { $0.key < $1.key }) {
            let event = options.events[index]
            ConsensusReport.report(items, ruleID: meta.id, severity: event.severity ?? .warning, subject: event.name,
                                   key: { $0.interval }, agree: { $0.interval.overlaps($1.interval) },
                                   describe: { $0.text }, location: { $0.location },
                                   into: &diagnostics)
        }
    }

    /// `count` calendar months from month `month` of `year`, as days.
    static func months(_ year: Int, _ month: Int, count: Int) -> ClosedRange<Int> {
        let last = month + count // the month after the last, possibly past December
        let end = last > 12 ? CivilDate.days(year + 1, last - 12, 1) : CivilDate.days(year, last, 1)
        return CivilDate.days(year, month, 1)...(end - 1)
    }

    static func storyDay(_ events: [Event]) -> Int? {
        let known = events.filter(\.finerThanYear).compactMap(\.interval)
        guard let first = known.map(\.lowerBound).min(), let last = known.map(\.upperBound).max(),
              CivilDate.civil(first).year == CivilDate.civil(last).year else { return nil }
        return (first + last) / 2
    }

    static func parseDay(_ s: String) -> Int? {
        let parts = s.split(separator: "-").map { Int($0) }
        guard parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2], CivilDate.isValid(y, m, d) else { return nil }
        return CivilDate.days(y, m, d)
    }
}

extension DatesRule.Evidence: Codable {}
