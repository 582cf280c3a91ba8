/// A time expression found in text, with the interval of days it names when that can be
/// resolved (a year-less date or "last week" needs the article's date).
public struct TimeExpression: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case date, year, decade, span, month, weekday, relative
    }

    public var kind: Kind
    public var tokens: Range<Int>
    public var bytes: Range<Int>
    /// Days (since 1970-01-01), inclusive; nil when unresolved.
    public var interval: ClosedRange<Int>?
    /// The weekday the text states (0 = Sunday), for "Tuesday, October 28, 2025".
    public var statedWeekday: Int?
    /// The bytes of the date a stated weekday goes with (for messages).
    public var dateBytes: Range<Int>?
    /// True when the year was not written (it came from the story's context or the article date).
    public var yearInferred = false
    /// True when an inferred year came from a year the text states nearby, not the article date.
    public var yearFromContext = false
    /// Month and day of a year-less date ("Oct. 28", "September 31"), for re-dating it.
    public var monthDay: (month: Int, day: Int)?
    /// Read from a slashed date whose order the numbers do not settle ("05/06/2025").
    var ambiguousSlash = false
    /// A written date that does not exist (year, month, day), such as February 30.
    public var impossible: (year: Int, month: Int, day: Int)?

    public static func == (a: TimeExpression, b: TimeExpression) -> Bool {
        a.kind == b.kind && a.tokens == b.tokens && a.interval == b.interval && a.statedWeekday == b.statedWeekday
    }

    /// The calendar years the interval covers.
    public var years: ClosedRange<Int>? {
        interval.map { CivilDate.civil($0.lowerBound).year...CivilDate.civil($0.upperBound).year }
    }

    /// How the interval reads in a message: "2019", "the 1960s", "1977–1983", "October 28, 2025".
    public var describedInterval: String {
        guard let interval, let years else { return "an unresolved time" }
        switch kind {
        case .decade: return "the \(years.lowerBound)s"
        case .date, .weekday: return CivilDate.describe(interval.lowerBound)
        default: return years.count == 1 ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)"
        }
    }
}
