/// Rule-free founding years: the articles vote on the year a named thing was founded.
///
/// "The museum, founded in 1876" states the year; "the museum's 140th anniversary" in an
/// article of 2026, and "Fjordlinje Vest, now in its 110th year" in one of 2031, imply one
/// (within a year either way: an anniversary may be this year's or next). For each subject,
/// the stated year most articles agree with is the majority when at least two articles give
/// it; a claim from an article that agrees with it nowhere is the outlier when the majority
/// has at least twice its support and the two years are at most `maxGap` apart (a digit
/// typed wrong, a miscount; a century apart is another thing of the same name).
enum OriginVotes {
    struct Claim: Sendable, Codable {
        /// The subject as a key: its words lowercased ("fjordlinje vest", "museum").
        var subject: String
        /// The years it was founded in, as the claim puts them.
        var years: ClosedRange<Int>
        /// A year written after an origin word ("founded in 1926"), not implied by a count.
        var stated: Bool
        var text: String
        var location: SourceLocation
        /// Already reported by a check of its own article: it votes, but gets no finding.
        var reported = false
    }

    struct Finding {
        var claim: Int
        var message: String
        var witnesses: [Int]
    }

    static let maxGap = 20

    static func findings(_ claims: [Claim]) -> [Finding] {
        var bySubject: [String: [Int]] = [:]
        for (i, c) in claims.enumerated() { bySubject[c.subject, default: []].append(i) }
        var found: [Finding] = []
        for subject in bySubject.keys.sorted() {
            let items = bySubject[subject]!
            // Per year, the articles with a claim that holds it (a claim spans three years at most).
            var pathsByYear: [Int: Set<String>] = [:]
            for i in items { for y in claims[i].years { pathsByYear[y, default: []].insert(claims[i].location.path) } }
            func paths(containing year: Int) -> Set<String> { pathsByYear[year] ?? [] }
            let candidates = Set(items.filter { claims[$0].stated }.map { claims[$0].years.lowerBound }).sorted()
            let support = candidates.map { paths(containing: $0).count }
            guard let top = support.max(), top >= 2 else { continue }
            let best = candidates.indices.filter { support[$0] == top }.map { candidates[$0] }
            // Two years with as many articles each: a tie, nobody is the outlier.
            guard best.count == 1, let year = best.first else { continue }
            let majority = paths(containing: year)
            let witnesses = firstPerArticle(items.filter { claims[$0].years.contains(year) }, claims)
            for i in items where !majority.contains(claims[i].location.path) && !claims[i].reported {
                let c = claims[i]
                let gap = max(c.years.lowerBound - year, year - c.years.upperBound)
                let mine = c.years.reduce(into: Set<String>()) { $0.formUnion(paths(containing: $1)) }
                guard gap <= maxGap, top >= 2 * mine.count else { continue }
                let implied = c.stated ? "" : " puts its founding in \(describe(c.years))"
                found.append(Finding(claim: i, message: "'\(c.text)' (\(subject))\(implied); "
                                         + "\(majority.count) other articles give \(year) as the year it was founded",
                                     witnesses: witnesses))
            }
        }
        return found
    }

    /// "1886", "1885 to 1887".
    static func describe(_ years: ClosedRange<Int>) -> String {
        years.count == 1 ? "\(years.lowerBound)" : "\(years.lowerBound) to \(years.upperBound)"
    }

    /// The first of `items` in each article, articles in path order.
    private static func firstPerArticle(_ items: [Int], _ claims: [Claim]) -> [Int] {
        var first: [String: Int] = [:]
        for i in items {
            let l = claims[i].location
            if let seen = first[l.path], (claims[seen].location.line, claims[seen].location.column) <= (l.line, l.column) { continue }
            first[l.path] = i
        }
        return first.sorted { $0.key < $1.key }.map(\.value)
    }
}
