/// Rule-free event dates: the articles vote on the day (or month) of each event, and an
/// article that dates it differently is the odd one out.
///
/// A date claim carries the words of its clause as keys (`EventKeyReader`). For each key,
/// its claims are split into **episodes**: dates within `sameEventDays` of each other (a
/// story's quake and the quake sixteen years earlier are two events that share a word). In
/// an episode given by at least three articles, a class of claims that agrees with no
/// majority class is an outlier when the majority has at least two articles and at least
/// twice its support, and could be a slip for it (`mistakable`). Precision first:
/// - an article that itself also gives the majority's date under that key is speaking of
///   another event, not contradicting the others;
/// - a claim another article agrees with under any of its keys is corroborated, and never
///   reported (its clause names an event the articles agree on);
/// - a tie is no finding.
/// A claim is reported once, under the key with the largest majority.
enum EventDateVotes {
    /// One dated statement about an event, from one article.
    struct Claim: Sendable {
        var keys: [String]
        /// Each key's word as written, for messages.
        var words: [String]
        var interval: ClosedRange<Int>
        var text: String
        var location: SourceLocation
        /// The article's date when the claim was resolved against it (a weekday, "yesterday",
        /// a year-less date), for the message.
        var articleDate: Int?
        /// Already reported by another check of its article: it votes, but gets no finding.
        var reported = false
        /// The keys of X when the claim's date is written "two days after X": claims keyed by
        /// X's words date X, which the article itself says is another day.
        var measuredFrom: [String]? = nil
        /// A bare year ("in 1992"): it votes only with other bare years (`yearFindings`).
        var yearOnly: Bool? = nil
    }

    struct Finding {
        var claim: Int
        var message: String
        var related: [(claim: Int, note: String)]
    }

    /// Two dates of one key further apart than this are different events.
    static let sameEventDays = 400
    static let maxRelated = 5

    static func findings(_ claims: [Claim]) -> [Finding] {
        var byKey: [String: [Int]] = [:]
        for (i, c) in claims.enumerated() where c.yearOnly != true { for k in c.keys { byKey[k, default: []].append(i) } }
        // (claim) → (key, majority size, majority claims) for outliers; claims confirmed by a majority.
        var outliers: [Int: (key: String, support: Int, majority: [Int])] = [:]
        var confirmed = Set<Int>()
        for key in byKey.keys.sorted() {
            let items = byKey[key]!
            guard Set(items.map { claims[$0].location.path }).count >= 3 else { continue }
            for episode in episodes(items, claims) { vote(key, episode, claims, &outliers, &confirmed) }
        }
        var found: [Finding] = []
        for (i, o) in outliers.sorted(by: { $0.key < $1.key }) where !confirmed.contains(i) && !claims[i].reported {
            found.append(finding(i, word: claims[i].words[claims[i].keys.firstIndex(of: o.key)!], o.majority, claims))
        }
        return found
    }

    /// Claims of one key in date order, split where the gap to the next date is more than `sameEventDays`.
    private static func episodes(_ items: [Int], _ claims: [Claim]) -> [[Int]] {
        let sorted = items.sorted { a, b in
            let (x, y) = (claims[a], claims[b])
            return (x.interval.lowerBound, x.location.path, x.location.line, x.location.column)
                < (y.interval.lowerBound, y.location.path, y.location.line, y.location.column)
        }
        var result: [[Int]] = []
        var end = Int.min
        for i in sorted {
            let c = claims[i].interval
            if result.isEmpty || c.lowerBound - end > sameEventDays { result.append([i]) } else { result[result.count - 1].append(i) }
            end = max(end, c.upperBound)
        }
        return result
    }

    private static func vote(_ key: String, _ episode: [Int], _ claims: [Claim],
                             _ outliers: inout [Int: (key: String, support: Int, majority: [Int])], _ confirmed: inout Set<Int>) {
        let paths = Set(episode.map { claims[$0].location.path })
        guard paths.count >= 3 else { return }
        // Classes of identical intervals, in first-seen (date) order.
        var classes: [ClosedRange<Int>] = []
        var members: [[Int]] = []
        for i in episode {
            if let c = classes.firstIndex(of: claims[i].interval) { members[c].append(i) } else {
                classes.append(claims[i].interval)
                members.append([i])
            }
        }
        let agree = { (a: Int, b: Int) in classes[a].overlaps(classes[b]) }
        let support = classes.indices.map { c in
            Set(classes.indices.filter { agree(c, $0) }.flatMap { members[$0] }.map { claims[$0].location.path }).count
        }
        // A date another article gives too, under any key, is corroborated: never an outlier.
        // A day is corroborated by the same day only, not by its month ("in March").
        for c in classes.indices {
            let same = classes.indices.filter { classes[$0] == classes[c] || (classes[c].count > 1 && agree(c, $0)) }
            if Set(same.flatMap { members[$0] }.map { claims[$0].location.path }).count >= 2 { confirmed.formUnion(members[c]) }
        }
        // The majority is a day when the articles give days: a month supports the days in
        // it, but is no majority of its own that would cover a wrong day beside the right one.
        let days = classes.indices.filter { classes[$0].count == 1 }
        let candidates = days.isEmpty ? Array(classes.indices) : days
        let top = candidates.map { support[$0] }.max() ?? 0
        guard top >= 2 else { return }
        let majority = candidates.filter { support[$0] == top }
        // Majority classes that disagree with each other: a tie, nobody is the outlier.
        guard majority.allSatisfy({ a in majority.allSatisfy { agree(a, $0) } }) else { return }
        let majorityClaims = majority.flatMap { members[$0] }
        let majorityPaths = Set(majorityClaims.map { claims[$0].location.path })
        // A name ("Sigrid Heimdal", "Northern Rail Authority") is someone the story keeps
        // coming back to on several days: on its own it marks one event only when three
        // articles put it on one day.
        // A name that two articles also put on another day is the story's setting ("in
        // Ålesund" on every day of it), not one event.
        let settings = classes.indices.filter { c in !majority.contains(c) && Set(members[c].map { claims[$0].location.path }).count >= 2 }
        let specific = majorityPaths.count >= 2 * paths.subtracting(majorityPaths).count
            && (!isName(key, episode, claims) || (majorityPaths.count >= 3 && settings.isEmpty))
        for c in classes.indices {
            if majority.contains(where: { agree(c, $0) }) { continue }
            guard top >= 2 * support[c], majority.contains(where: { mistakable(classes[c], classes[$0]) }) else { continue }
            for i in members[c] where !majorityPaths.contains(claims[i].location.path) {
                // One shared word may only say the dates are near the same thing (the town
                // where everything in the story happened), not that they date the same event.
                // It is enough when the word is specific, its dates a clear majority (two
                // articles in three); otherwise the witnesses must share a second word of the
                // claim's clause, and there must still be two articles of them.
                let mine = Set(claims[i].keys)
                // The majority's day and month in an earlier year is a year typed wrong, not
                // another event (an anniversary comes after): one shared word is enough.
                let yearSlip = majority.contains { yearsBefore(classes[c], classes[$0]) }
                let startingPoint = Set(claims[i].measuredFrom ?? [])
                let candidates = majorityClaims.filter { startingPoint.isDisjoint(with: claims[$0].keys) }
                let witnesses = specific || yearSlip ? candidates : candidates.filter { mine.intersection(claims[$0].keys).count >= 2 }
                let witnessPaths = Set(witnesses.map { claims[$0].location.path })
                guard witnessPaths.count >= 2, witnessPaths.count >= 2 * support[c] else { continue }
                if let previous = outliers[i], previous.support >= witnessPaths.count { continue }
                outliers[i] = (key, witnessPaths.count, witnesses)
            }
        }
    }

    /// Whether `key` is a name as the claims write it: capitalized and not stemmed.
    static func isName(_ key: String, _ items: [Int], _ claims: [Claim]) -> Bool {
        guard let i = items.first, let k = claims[i].keys.firstIndex(of: key) else { return false }
        let word = claims[i].words[k]
        return word.first?.isUppercase == true && word.lowercased() == key
    }

    /// Whether day `a` is day `b`'s day and month in an earlier year.
    static func yearsBefore(_ a: ClosedRange<Int>, _ b: ClosedRange<Int>) -> Bool {
        guard a.count == 1, b.count == 1 else { return false }
        let (x, y) = (CivilDate.civil(a.lowerBound), CivilDate.civil(b.lowerBound))
        return x.year < y.year && x.month == y.month && x.day == y.day
    }

    /// Whether one date could be a slip for the other: within a week (a weekday resolved the
    /// wrong way, a day typed wrong) or about a whole number of years apart (a year typed
    /// wrong). Further apart, it is taken for another event of the story: the hearing a month
    /// later, the day schools reopened.
    static func mistakable(_ a: ClosedRange<Int>, _ b: ClosedRange<Int>) -> Bool {
        let gap = max(0, a.lowerBound - b.upperBound, b.lowerBound - a.upperBound)
        if gap <= 7 { return true }
        let years = (Double(gap) / 365.25).rounded()
        return years >= 1 && abs(Double(gap) - years * 365.25) <= 31
    }

    /// Whether a date that misses a declared event's date could be a slip for it: what
    /// `mistakable` allows, or the same day of an adjacent month (a month typed wrong). A
    /// date written without its year is a slip only within a week or a month.
    static func slip(_ found: ClosedRange<Int>, for event: ClosedRange<Int>, yearWritten: Bool = true) -> Bool {
        let gap = max(0, found.lowerBound - event.upperBound, event.lowerBound - found.upperBound)
        if yearWritten ? mistakable(found, event) : gap <= 7 { return true }
        // A month or quarter: a month or two over is a slip too ("November" for the third quarter).
        if found.count > 1 || event.count > 1 { return gap <= 62 }
        guard found.count == 1, event.count == 1 else { return false }
        let (a, b) = (CivilDate.civil(found.lowerBound), CivilDate.civil(event.lowerBound))
        return a.day == b.day && abs((a.year * 12 + a.month) - (b.year * 12 + b.month)) == 1
    }

    private static func finding(_ i: Int, word: String, _ majority: [Int], _ claims: [Claim]) -> Finding {
        let c = claims[i]
        // One witness per article, the first in the article, articles in path order.
        var firstByPath: [String: Int] = [:]
        for m in majority where claims[m].location.path != c.location.path {
            if let seen = firstByPath[claims[m].location.path],
               (claims[seen].location.line, claims[seen].location.column) <= (claims[m].location.line, claims[m].location.column) { continue }
            firstByPath[claims[m].location.path] = m
        }
        let witnesses = firstByPath.sorted { $0.key < $1.key }.map(\.value)
        let said = describe(claims[witnesses[0]].interval)
        let count = witnesses.count
        let others = "\(count) other article\(count == 1 ? "" : "s") date\(count == 1 ? "s" : "") it \(said.hasPrefix("in ") ? "" : "to ")\(said)"
        let message: String
        if let article = c.articleDate {
            message = "'\(c.text)' (\(word)) in an article dated \(CivilDate.weekdayNames[CivilDate.weekday(article)]), "
                + "\(CivilDate.describe(article)) is \(describe(c.interval)); \(others)"
        } else {
            message = "'\(c.text)' (\(word)) is \(describe(c.interval)); \(others)"
        }
        let related = witnesses.prefix(maxRelated).map { ($0, "reported as '\(claims[$0].text)' (\(describe(claims[$0].interval)))") }
        return Finding(claim: i, message: message, related: Array(related))
    }

    /// "March 10, 2026", "in March 2026", "March 9, 2026 to March 15, 2026".
    static func describe(_ interval: ClosedRange<Int>) -> String {
        if interval.count == 1 { return CivilDate.describe(interval.lowerBound) }
        let (a, b) = (CivilDate.civil(interval.lowerBound), CivilDate.civil(interval.upperBound + 1))
        if a.day == 1, b.day == 1, a.year * 12 + a.month + 1 == b.year * 12 + b.month {
            return "in \(CivilDate.monthNames[a.month - 1]) \(a.year)"
        }
        return "\(CivilDate.describe(interval.lowerBound)) to \(CivilDate.describe(interval.upperBound))"
    }
}

extension EventDateVotes.Claim: Codable {}
