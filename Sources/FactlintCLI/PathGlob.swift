/// File globs for --include and --exclude: `*` within a segment, `**` across segments,
/// `?` one character. Matching is iterative with one resume point per star kind, so it is
/// linear-time in practice and never exponential.
struct PathGlob: Equatable {
    let pattern: String
    let anchored: Bool
    private let scalars: [Unicode.Scalar]

    init(_ pattern: String) {
        self.pattern = pattern
        anchored = pattern.contains("/")
        scalars = Array(pattern.unicodeScalars)
    }

    /// Matches a relative path (`a/b/c.txt`): its last component, or the whole path when anchored.
    func matches(relativePath: String) -> Bool {
        let subject = anchored ? relativePath : String(relativePath.split(separator: "/").last ?? "")
        return PathGlob.match(scalars[...], Array(subject.unicodeScalars)[...])
    }

    private static func match(_ p: ArraySlice<Unicode.Scalar>, _ t: ArraySlice<Unicode.Scalar>) -> Bool {
        var pi = p.startIndex, ti = t.startIndex
        var star: (p: Int, t: Int)? = nil
        var globstar: (p: Int, t: Int)? = nil
        while ti < t.endIndex {
            if pi < p.endIndex {
                if p[pi] == "*" {
                    if pi + 1 < p.endIndex && p[pi + 1] == "*" {
                        var next = pi + 2
                        if next < p.endIndex && p[next] == "/" { next += 1 }
                        globstar = (next, ti)
                        star = nil
                        pi = next
                        continue
                    }
                    star = (pi + 1, ti)
                    pi += 1
                    continue
                }
                if p[pi] == "?" ? t[ti] != "/" : p[pi] == t[ti] {
                    pi += 1
                    ti += 1
                    continue
                }
            }
            if let s = star, t[s.t] != "/" {
                star = (s.p, s.t + 1)
                pi = s.p
                ti = s.t + 1
            } else if let g = globstar {
                globstar = (g.p, g.t + 1)
                star = nil
                pi = g.p
                ti = g.t + 1
            } else {
                return false
            }
        }
        while pi < p.endIndex && p[pi] == "*" { pi += 1 }
        return pi == p.endIndex
    }
}
