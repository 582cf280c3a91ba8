// libFuzzer target: bytes → documents → every shipped rule → every formatter → fixes.
// Compiled together with FactlintCore's sources by fuzz/run (one module, no imports).
import Foundation

private let ruleSet: RuleSet = {
    let folder = ProcessInfo.processInfo.environment["FACTLINT_RULES"] ?? "rules"
    do { return try RuleLoader.load(directory: URL(fileURLWithPath: folder)) } catch { fatalError("fuzz: cannot load rules: \(error)") }
}()

func fuzzDocument(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // A record separator (0x1E) splits the input into up to four articles, so the
    // cross-document checks see several documents.
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let parts = bytes.split(separator: 0x1E, maxSplits: 3, omittingEmptySubsequences: false)
    // Every format: plain text, and the Markdown and HTML masks.
    let documents = parts.enumerated().map { (path: "doc\($0.offset).\(["txt", "md", "html"][$0.offset % 3])", bytes: Array($0.element)) }
    let result = Engine(ruleSet: ruleSet, workers: 1).check(bytes: documents)
    let report = Report(diagnostics: result.diagnostics, rules: ruleSet.rules.map(\.meta), filesChecked: documents.count,
                        toolVersion: "fuzz", files: documents.map(\.path))
    for name in OutputFormats.names {
        _ = OutputFormats.named(name, color: true)!.render(report)
    }
    // Fixes only touch their spans; the diff, applied, gives exactly what --fix writes
    // (fixes may span line breaks); and a second --fix changes nothing.
    var fixed: [(path: String, bytes: [UInt8])] = []
    // As in the command: a file that is not all UTF-8 text is never rewritten.
    let notText = Set(result.diagnostics.filter { $0.ruleID == BuiltinRule.encoding }.map(\.location.path))
    for document in documents {
        let findings = result.diagnostics.filter { $0.location.path == document.path }
        if notText.contains(document.path) { fixed.append(document); continue }
        let fixes = findings.compactMap(\.fix)
        let plan = FixPlan(bytes: document.bytes, fixes: fixes)
        for fix in plan.applied where fix.byteRange.upperBound > document.bytes.count { fatalError("fix outside the text") }
        for fix in plan.applied where !fix.isSafe { fatalError("a suggestion was applied") }
        let diff = plan.unifiedDiff(path: document.path)
        if !plan.applied.isEmpty {
            guard let patched = apply(diff, to: document.bytes) else { fatalError("the diff does not apply:\n\(diff)") }
            if patched != plan.result { fatalError("the diff does not give what --fix writes:\n\(diff)") }
        }
        fixed.append((document.path, plan.result))
    }
    if fixed.map(\.bytes) != documents.map(\.bytes) {
        let again = Engine(ruleSet: ruleSet, workers: 1).check(bytes: fixed).diagnostics.filter { $0.fix?.isSafe == true && !notText.contains($0.location.path) }
        if let d = again.first { fatalError("a second --fix would change \(d.location.path):\(d.location.line): \(d.message)") }
    }
    return 0
}

/// Applies a unified diff of one file to `old`, as `patch` would; nil when it does not fit.
private func apply(_ diff: String, to old: [UInt8]) -> [UInt8]? {
    func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A { result.append(Array(bytes[start...i])); start = i + 1 }
        if start < bytes.count { result.append(Array(bytes[start...])) }
        return result
    }
    var body = lines(Array(diff.utf8)).dropFirst(2) // "--- " and "+++ "
    // Each line: its mark and its text with "\n", unless "\ No newline" follows it.
    var marked: [(mark: UInt8, text: [UInt8])] = []
    while let line = body.popFirst() {
        if line.first == UInt8(ascii: "\\") {
            guard marked.last?.text.last == 0x0A else { return nil }
            marked[marked.count - 1].text.removeLast()
        } else if line.first == UInt8(ascii: "@") {
            marked.append((UInt8(ascii: "@"), line))
        } else {
            guard let mark = line.first else { return nil }
            marked.append((mark, Array(line.dropFirst())))
        }
    }
    let original = lines(old)
    var out: [[UInt8]] = []
    var next = 0
    for (mark, text) in marked {
        switch mark {
        case UInt8(ascii: "@"):
            let header = String(decoding: text, as: UTF8.self)
            guard let minus = header.split(separator: " ").dropFirst().first, minus.hasPrefix("-"),
                  let start = Int(minus.dropFirst().split(separator: ",")[0]),
                  let count = Int(minus.split(separator: ",").last ?? "") else { return nil }
            let first = count == 0 ? start : start - 1
            guard first >= next, first <= original.count else { return nil }
            out += original[next..<first]
            next = first
        case UInt8(ascii: " "), UInt8(ascii: "-"):
            guard next < original.count, original[next] == text else { return nil }
            if mark == UInt8(ascii: " ") { out.append(text) }
            next += 1
        case UInt8(ascii: "+"): out.append(text)
        default: return nil
        }
    }
    out += original[next...]
    return out.flatMap { $0 }
}
