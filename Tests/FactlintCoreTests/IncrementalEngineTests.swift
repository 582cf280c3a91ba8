import FactlintCore
import Foundation
import Testing

@Suite struct IncrementalEngineTests {
    /// Every fixture article, in path order, as bytes.
    func fixtures() throws -> [(path: String, bytes: [UInt8])] {
        let folder = repositoryRoot.appendingPathComponent("fixtures")
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" }.map(\.path).sorted()
        return try files.map { ($0, [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0)))) }
    }

    @Test func checkingAnalysedDocumentsGivesWhatCheckingTheBytesGives() throws {
        let documents = try fixtures()
        let engine = Engine(ruleSet: shippedRuleSet)
        let direct = engine.check(bytes: documents)
        let analysed = engine.analyse(documents)
        #expect(!direct.diagnostics.isEmpty)
        #expect(engine.check(analysed: analysed).diagnostics == direct.diagnostics)
        // The analysed documents are not consumed: a second pass gives the same again.
        #expect(engine.check(analysed: analysed).diagnostics == direct.diagnostics)
    }

    @Test func reanalysingOneChangedDocumentMatchesAFullCheck() throws {
        var documents = try fixtures()
        let engine = Engine(ruleSet: shippedRuleSet)
        var analysed = engine.analyse(documents)
        let i = try #require(documents.firstIndex { $0.path.hasSuffix("quote-wire.txt") })
        documents[i].bytes = Array("Nothing quoted here any more, and Yokosuk is misspelt.\n".utf8)
        analysed[i] = engine.analyse([documents[i]])[0]
        let incremental = engine.check(analysed: analysed).diagnostics
        #expect(incremental == engine.check(bytes: documents).diagnostics)
        #expect(!incremental.contains { $0.ruleID == "quote-drift" && $0.location.path.hasSuffix("quote-drifted.txt") })
    }
}
