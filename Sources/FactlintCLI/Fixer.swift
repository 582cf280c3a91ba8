import FactlintCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `--fix` and `--diff`: the safe fixes of the findings that are shown (a finding hidden by
/// `.factlintignore` or `--baseline` is not touched), one file at a time. A file that
/// cannot be fixed is reported and the others are still fixed.
enum Fixer {
    struct Outcome {
        var fixes = 0
        var files = 0
        /// Files deliberately left alone (links, hard links, read-only files).
        var warnings: [String] = []
        /// Files that could not be fixed or read: the run exits 2.
        var errors: [String] = []
    }

    /// Per file, in path order, the safe fixes of `shown`. Files with an encoding finding
    /// (even a hidden one) are never rewritten: their bytes are not all text.
    static func fixes(of shown: [Diagnostic], all: [Diagnostic]) -> [(path: String, fixes: [Fix])] {
        let badEncoding = Set(all.filter { $0.ruleID == BuiltinRule.encoding }.map(\.location.path))
        var byPath: [String: [Fix]] = [:]
        for d in shown {
            if let fix = d.fix, fix.isSafe, !badEncoding.contains(d.location.path) { byPath[d.location.path, default: []].append(fix) }
        }
        return byPath.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The fixes as one unified diff, writing nothing.
    static func diff(_ files: [(path: String, fixes: [Fix])], digests: [String: UInt64]) -> (diff: String, outcome: Outcome) {
        var outcome = Outcome()
        var diff = ""
        for (path, fixes) in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                outcome.errors.append("\(path): cannot read it to show its fixes")
                continue
            }
            let bytes = [UInt8](data)
            guard ContentDigest.of(bytes) == digests[path] else {
                outcome.errors.append("\(path): changed since it was checked; not shown")
                continue
            }
            let plan = FixPlan(bytes: bytes, fixes: fixes)
            guard !plan.applied.isEmpty else { continue }
            diff += plan.unifiedDiff(path: patchPath(path))
            outcome.fixes += plan.applied.count
            outcome.files += 1
        }
        return (diff, outcome)
    }

    /// The path as `patch -p0` and `git apply -p0` want it: relative to the current folder
    /// when it lies inside it, without "./" (git refuses that).
    static func patchPath(_ path: String, in folder: String = FileManager.default.currentDirectoryPath) -> String {
        var relative = path
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        if relative.hasPrefix(base) { relative.removeFirst(base.count) }
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        return relative
    }

    /// Writes the fixes, each file checked against its digest right before its own rename.
    static func apply(_ files: [(path: String, fixes: [Fix])], digests: [String: UInt64], with rewriter: ArticleRewrite) -> Outcome {
        var outcome = Outcome()
        for (path, fixes) in files {
            guard let digest = digests[path] else { continue }
            var applied = 0
            do {
                try rewriter.rewrite(path, digest: digest) { bytes in
                    let plan = FixPlan(bytes: bytes, fixes: fixes)
                    applied = plan.applied.count
                    return applied > 0 ? plan.result : nil
                }
            } catch {
                switch error {
                case .left(let why): outcome.warnings.append("\(path): \(why)")
                case .failed(let why): outcome.errors.append("\(path): \(why)")
                }
                continue
            }
            outcome.fixes += applied
            outcome.files += applied > 0 ? 1 : 0
        }
        return outcome
    }
}
