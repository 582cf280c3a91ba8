/// Finds the odd one out among the values articles give for one fact.
///
/// Values are grouped into classes of identical values first (thousands of articles
/// usually give a handful of distinct figures), so the comparison is quadratic only in
/// the number of distinct values. A class's support is the number of distinct articles
/// whose values agree with it. The majority is the classes with the highest support. A
/// class that agrees with no majority class is an **outlier** when the majority spans at
/// least two articles and has more support; it is reported against the majority's
/// articles. When the top support is shared by classes that disagree (a tie, including a
/// two-source split), nobody can say who is right: each side is a **tie**.
public enum Consensus {
    public enum Verdict: Equatable {
        case outlier(index: Int, majority: [Int])
        case tie(index: Int, others: [Int])
    }

    /// `documents[i]` are the articles (by index) giving class `i`; `agree` compares classes.
    /// Most distinct values compared: beyond it, only the classes given by the most articles
    /// are candidates for the majority (the rest are still judged against them).
    public static let maxClasses = 256

    public static func verdicts(documents: [Set<Int>], agree: (Int, Int) -> Bool) -> [Verdict] {
        if documents.count > maxClasses { return verdictsForMany(documents: documents, agree: agree) }
        let n = documents.count
        guard documents.reduce(into: Set<Int>(), { $0.formUnion($1) }).count >= 2 else { return [] }
        var support = [Int](repeating: 0, count: n)
        for i in 0..<n {
            var union = documents[i]
            for j in 0..<n where j != i && agree(i, j) { union.formUnion(documents[j]) }
            support[i] = union.count
        }
        let top = support.max() ?? 0
        let majority = (0..<n).filter { support[$0] == top }
        var verdicts: [Verdict] = []
        for i in 0..<n {
            let agreeing = majority.filter { $0 == i || agree(i, $0) }
            if agreeing.isEmpty && top >= 2 && support[i] < top {
                verdicts.append(.outlier(index: i, majority: majority))
            } else if support[i] == top {
                let rivals = majority.filter { $0 != i && !agree(i, $0) && !documents[$0].isSubset(of: documents[i]) }
                if !rivals.isEmpty { verdicts.append(.tie(index: i, others: rivals)) }
            }
        }
        return verdicts
    }

    /// Many distinct values (a hostile or very noisy corpus): support is counted among the
    /// `maxClasses` most-given values only, so the work stays linear in the number of values.
    private static func verdictsForMany(documents: [Set<Int>], agree: (Int, Int) -> Bool) -> [Verdict] {
        let top = documents.indices.sorted { (documents[$0].count, $1) > (documents[$1].count, $0) }.prefix(maxClasses)
        var support: [Int: Int] = [:]
        for i in top {
            var union = documents[i]
            for j in top where j != i && agree(i, j) { union.formUnion(documents[j]) }
            support[i] = union.count
        }
        guard let best = support.values.max(), best >= 2 else { return [] }
        let majority = top.filter { support[$0] == best }
        var verdicts: [Verdict] = []
        for i in documents.indices where !majority.contains(where: { $0 == i || agree(i, $0) }) && documents[i].count < best {
            verdicts.append(.outlier(index: i, majority: Array(majority)))
        }
        return verdicts
    }
}
