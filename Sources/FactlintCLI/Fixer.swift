import FactlintCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes fixes to disk. A file is written only when its bytes are still those that were
/// checked; the write is atomic (a temporary file beside it, then rename) and keeps the
/// file's permissions.
enum Fixer {
    struct Outcome {
        var plans: [(path: String, plan: FixPlan)] = []
        var errors: [String] = []
        var fixCount: Int { plans.reduce(0) { $0 + $1.plan.applied.count } }
    }

    /// Plans fixes for every file with fixable findings (files with encoding problems are left alone).
    static func plan(_ result: CheckResult) -> Outcome {
        var outcome = Outcome()
        var byPath: [String: [Fix]] = [:]
        var badEncoding = Set<String>()
        for d in result.diagnostics {
            if d.ruleID == BuiltinRule.encoding { badEncoding.insert(d.location.path) }
            if let fix = d.fix { byPath[d.location.path, default: []].append(fix) }
        }
        for (path, fixes) in byPath.sorted(by: { $0.key < $1.key }) where !badEncoding.contains(path) {
            guard let data = FileManager.default.contents(atPath: path) else {
                outcome.errors.append("\(path): cannot read to fix it")
                continue
            }
            let bytes = [UInt8](data)
            guard ContentDigest.of(bytes) == result.digests[path] else {
                outcome.errors.append("\(path): changed since it was checked; not fixed")
                continue
            }
            outcome.plans.append((path, FixPlan(bytes: bytes, fixes: fixes)))
        }
        return outcome
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let permissions = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions]
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).factlint-\(getpid()).tmp")
        try Data(bytes).write(to: temporary)
        if let permissions { try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path) }
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
        }
    }
}
