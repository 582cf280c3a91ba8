// libFuzzer target: bytes → documents → every shipped rule → every formatter → fixes.
// Compiled together with FactlintCore's sources by fuzz/run (one module, no imports).
import Foundation

private let ruleSet: RuleSet = {
    let folder = ProcessInfo.processInfo.environment["FACTLINT_RULES"] ?? "rules"
    do { return try RuleLoader.load(directory: URL(fileURLWithPath: folder)) } catch { fatalError("fuzz: cannot load rules: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
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
    // Fixes only touch their spans, and a fixed document fixes to itself.
    for document in documents {
        let fixes = result.diagnostics.filter { $0.location.path == document.path }.compactMap(\.fix)
        let plan = FixPlan(bytes: document.bytes, fixes: fixes)
        for fix in plan.applied where fix.byteRange.upperBound > document.bytes.count { fatalError("fix outside the text") }
        _ = plan.unifiedDiff(path: document.path)
    }
    return 0
}
