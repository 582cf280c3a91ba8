@testable import FactlintCLI
import FactlintCore
import Foundation
import Testing

/// Drives a `LanguageServer` in-process, the way the stdio loop does, and keeps what it sends.
final class ServerHarness {
    var sent: [JSONValue] = []
    var server: LanguageServer!
    let workspace: URL
    private var nextID = 1

    init(files: [String: String] = [:]) throws {
        workspace = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: workspace.appendingPathComponent(name)) }
        server = LanguageServer(configuration: LSPConfiguration(rulesDirectory: rulesPath), send: { [unowned self] in sent.append($0) }, log: { _ in })
    }

    deinit { try? FileManager.default.removeItem(at: workspace) }

    func uri(_ name: String) -> String { DocumentURI.uri(workspace.appendingPathComponent(name).path) }

    @discardableResult
    func request(_ method: String, _ params: JSONValue = nil) -> JSONValue {
        let id = nextID
        nextID += 1
        server.handle(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params])
        server.idle()
        return sent.last { $0["id"] == .int(id) } ?? nil
    }

    func notify(_ method: String, _ params: JSONValue = nil) {
        server.handle(["jsonrpc": "2.0", "method": .string(method), "params": params])
        server.idle()
    }

    func start() {
        request("initialize", ["rootUri": .string(DocumentURI.uri(workspace.path)), "capabilities": [:]])
        notify("initialized", [:])
    }

    func open(_ name: String, _ text: String) {
        notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri(name)), "languageId": "plaintext", "version": 1, "text": .string(text)]])
    }

    /// The last diagnostics published for a document.
    func diagnostics(_ name: String) -> [JSONValue]? {
        sent.last { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]["uri"].string == uri(name) }?["params"]["diagnostics"].array
    }
}

func range(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> JSONValue {
    ["start": ["line": .int(l1), "character": .int(c1)], "end": ["line": .int(l2), "character": .int(c2)]]
}

@Suite struct LanguageServerTests {
    // 🎉 is 2 UTF-16 units and 日本 2: "Yokosuk" starts at unit 28 (byte 34, scalar column 27).
    let misspelt = "🎉 日本 The carrier docked at Yokosuk.\n"

    @Test func aMisspeltNameIsReportedAtItsUTF16RangeAndTheQuickFixClearsIt() throws {
        let h = try ServerHarness()
        h.start()
        h.open("a.txt", misspelt)
        let found = try #require(h.diagnostics("a.txt"))
        #expect(found.count == 1)
        let d = found[0]
        #expect(d["range"] == range(0, 28, 0, 35))
        #expect(d["code"] == "name-spelling")
        #expect(d["source"] == "factlint")
        #expect(d["severity"] == 1)
        #expect(d["codeDescription"]["href"].string?.hasSuffix("docs/rules.md#names--name-spelling") == true)

        let actions = h.request("textDocument/codeAction", ["textDocument": ["uri": .string(h.uri("a.txt"))], "range": range(0, 30, 0, 30),
                                                          "context": ["diagnostics": .array(found)]])["result"].array ?? []
        let quickfix = try #require(actions.first { $0["kind"] == "quickfix" })
        // One article's near miss, with no other article to corroborate it, is a suggestion: offered, not preferred.
        #expect(quickfix["isPreferred"] == false)
        let edits = try #require(quickfix["edit"]["changes"][h.uri("a.txt")].array)
        #expect(edits == [["range": range(0, 28, 0, 35), "newText": "Yokosuka"]])

        h.notify("textDocument/didChange", ["textDocument": ["uri": .string(h.uri("a.txt")), "version": 2],
                                            "contentChanges": [["range": edits[0]["range"], "text": "Yokosuka"]]])
        #expect(h.diagnostics("a.txt") == [])
    }

    @Test func aCrossArticleFindingAppearsWhenTheSecondArticleOpensAndGoesWhenItChanges() throws {
        let h = try ServerHarness()
        h.start()
        let short = "The minister spoke.\n\n“We will build the new bridge together with our neighbours,” she said.\n"
        let full = "A speech.\n\n“We will build the new harbour bridge together with our neighbours,” the minister said.\n"
        h.open("short.txt", short)
        #expect(h.diagnostics("short.txt") == [])
        h.open("full.txt", full)
        let found = try #require(h.diagnostics("short.txt"))
        let drift = try #require(found.first { $0["code"] == "quote-drift" })
        let related = try #require(drift["relatedInformation"].array?.first)
        #expect(related["location"]["uri"].string == h.uri("full.txt"))
        #expect(related["location"]["range"]["start"]["line"] == 2)

        let hover = h.request("textDocument/hover", ["textDocument": ["uri": .string(h.uri("short.txt"))],
                                                    "position": drift["range"]["start"]])["result"]
        let text = hover["contents"]["value"].string ?? ""
        #expect(text.contains(drift["message"].string ?? "?"))
        #expect(text.contains("full.txt:3:"))

        // Editing the other article so the quotes agree re-publishes the first, now clean.
        h.notify("textDocument/didChange", ["textDocument": ["uri": .string(h.uri("full.txt")), "version": 2],
                                            "contentChanges": [["text": .string(short)]]])
        #expect(h.diagnostics("short.txt") == [])
    }

    @Test func articlesOnDiskInTheWorkspaceAreComparedWithOpenBuffers() throws {
        let full = "A speech.\n\n“We will build the new harbour bridge together with our neighbours,” the minister said.\n"
        let h = try ServerHarness(files: ["on-disk.txt": full])
        h.start()
        h.open("short.txt", "“We will build the new bridge together with our neighbours,” she said.\n")
        let drift = try #require(h.diagnostics("short.txt")?.first { $0["code"] == "quote-drift" })
        #expect(drift["relatedInformation"].array?.first?["location"]["uri"].string == h.uri("on-disk.txt"))
    }

    @Test func malformedRequestsGetErrorsOrEmptyAnswersNotCrashes() throws {
        let h = try ServerHarness()
        h.start()
        h.open("a.txt", misspelt)
        let reversed = h.request("textDocument/codeAction", ["textDocument": ["uri": .string(h.uri("a.txt"))], "range": range(0, 35, 0, 28),
                                                           "context": ["diagnostics": []]])
        #expect(reversed["result"].array?.first?["kind"] == "quickfix")
        #expect(h.request("textDocument/hover", ["textDocument": ["uri": .string(h.uri("a.txt"))],
                                                 "position": ["line": -5, "character": 99999]])["result"] == nil)
        #expect(h.request("textDocument/codeAction", ["textDocument": ["uri": "file:///not/open.txt"], "range": range(0, 0, 0, 0)])["result"] == [])
        #expect(h.request("textDocument/codeAction", ["range": "nonsense"])["error"]["code"] == -32602)
        h.notify("textDocument/didChange", ["textDocument": ["uri": "file:///not/open.txt", "version": 2], "contentChanges": [["text": "x"]]])
        h.notify("textDocument/didOpen", ["textDocument": ["uri": .string(h.uri("b.txt"))]]) // no text: ignored
        #expect(h.diagnostics("a.txt")?.count == 1)
    }

    @Test func closingADocumentClearsItsDiagnostics() throws {
        let h = try ServerHarness()
        h.start()
        h.open("a.txt", misspelt)
        #expect(h.diagnostics("a.txt")?.count == 1)
        h.notify("textDocument/didClose", ["textDocument": ["uri": .string(h.uri("a.txt"))]])
        #expect(h.diagnostics("a.txt") == [])
    }

    @Test func cleanTextGetsNoDiagnosticsAndNoActions() throws {
        let h = try ServerHarness()
        h.start()
        h.open("clean.txt", "🎉 日本 The carrier docked at Yokosuka.\n")
        #expect(h.diagnostics("clean.txt") == [])
        let actions = h.request("textDocument/codeAction", ["textDocument": ["uri": .string(h.uri("clean.txt"))], "range": range(0, 0, 0, 40),
                                                          "context": ["diagnostics": []]])
        #expect(actions["result"] == [])
        #expect(h.request("textDocument/hover", ["textDocument": ["uri": .string(h.uri("clean.txt"))], "position": ["line": 0, "character": 30]])["result"] == nil)
    }

    @Test func fixAllIsOfferedAsASourceActionWhenAsked() throws {
        let h = try ServerHarness()
        h.start()
        h.open("a.txt", "At Yokosuk a Gulf star waved.\nThen Yokosuk again.\n")
        let actions = h.request("textDocument/codeAction", ["textDocument": ["uri": .string(h.uri("a.txt"))], "range": range(0, 0, 0, 0),
                                                          "context": ["diagnostics": [], "only": ["source.fixAll"]]])["result"].array ?? []
        #expect(actions.count == 1)
        #expect(actions.first?["kind"] == "source.fixAll.factlint")
        // The same policy as --fix: the swap is safe; a near miss no other article corroborates is a suggestion.
        #expect(actions.first?["edit"]["changes"][h.uri("a.txt")].array?.count == 1)
    }

    @Test func theLifecycleFollowsTheProtocol() throws {
        let h = try ServerHarness()
        #expect(h.request("textDocument/hover", ["textDocument": ["uri": "file:///x"], "position": ["line": 0, "character": 0]])["error"]["code"] == -32002)
        h.start()
        #expect(h.request("initialize", ["capabilities": [:]])["error"]["code"] == -32600)
        #expect(h.request("no/such/method")["error"]["code"] == -32601)
        #expect(h.request("textDocument/hover", [:])["error"]["code"] == -32602)
        h.server.receive(Data("{not json".utf8))
        #expect(h.sent.last?["error"]["code"] == -32700)
        #expect(h.request("shutdown")["result"] == nil)
        #expect(h.request("textDocument/hover", [:])["error"]["code"] == -32600)
        h.notify("exit")
        #expect(h.server.exitCode == 0)

        let abrupt = try ServerHarness()
        abrupt.start()
        abrupt.notify("exit")
        #expect(abrupt.server.exitCode == 1)
    }

    @Test func everyKindLinksToItsHeadingInTheRulesReference() throws {
        let docs = try String(contentsOf: root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        // GitHub's anchor: lowercase, punctuation dropped, spaces to hyphens.
        let anchors = Set(docs.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { heading in
            String(heading.dropFirst(3).lowercased().compactMap { c -> Character? in
                c == " " ? "-" : (c.isLetter || c.isNumber || c == "-" || c == "_") ? c : nil
            })
        })
        for kind in FactlintCore.RuleKinds.all.map({ $0.kind }) {
            let anchor = try #require(RuleDocs.anchors[kind], "no anchor for kind \(kind)")
            #expect(anchors.contains(anchor), "docs/rules.md has no heading with anchor \(anchor)")
        }
    }
}

@Suite struct CorroborationTests {
    @Test func aFixableFindingPointsAtTheArticlesThatWriteTheRightForm() throws {
        let h = try ServerHarness(files: ["other.txt": "Ships sail from 🎉 Yokosuka’s port.\n", "again.txt": "Yokosukan is not it. Yokosuka is.\n"])
        h.start()
        h.open("a.txt", "🎉 日本 The carrier docked at Yokosuk.\n")
        let d = try #require(h.diagnostics("a.txt")?.first)
        let related = d["relatedInformation"].array ?? []
        #expect(related.map { $0["location"]["uri"].string ?? "" } == [h.uri("again.txt"), h.uri("other.txt")])
        #expect(related.first?["location"]["range"] == range(0, 21, 0, 29)) // the whole word, not "Yokosukan"
        #expect(related.last?["location"]["range"] == range(0, 19, 0, 27)) // after an emoji, before ’s
        #expect(related.first?["message"] == "written 'Yokosuka' here")
    }

    @Test func wordsInsideLongerWordsDoNotCount() {
        #expect(Corroboration.firstWord(Array("Gulf".utf8), in: Array("Gulfé Gulf".utf8)) == 7)
        #expect(Corroboration.firstWord(Array("Gulf".utf8), in: Array("éGulf".utf8)) == nil)
        #expect(Corroboration.firstWord(Array("Gulf".utf8), in: Array("Gulf".utf8)) == 0)
    }
}

@Suite struct LanguageServerWorkspaceTests {
    @Test func aRuleFileChangedOnDiskIsReloaded() throws {
        let rules = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-lsp-rules-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: rulesPath), to: rules)
        defer { try? FileManager.default.removeItem(at: rules) }
        let h = try ServerHarness()
        h.server = LanguageServer(configuration: LSPConfiguration(rulesDirectory: rules.path), send: { [unowned h] in h.sent.append($0) }, log: { _ in })
        h.start()
        h.open("a.txt", "The carrier docked at Yokosuk.\n")
        #expect(h.diagnostics("a.txt")?.count == 1)
        let rule = rules.appendingPathComponent("name-spelling.json5")
        try FileManager.default.removeItem(at: rule)
        h.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(DocumentURI.uri(rule.path)), "type": 3]]])
        #expect(h.diagnostics("a.txt") == [])
    }

    @Test func theIgnoreFileHidesFindingsAsOnTheCommandLine() throws {
        let h = try ServerHarness(files: [".factlintignore": "a.txt name-spelling # a quoted misspelling, kept on purpose\n"])
        h.start()
        h.open("a.txt", "The carrier docked at Yokosuk.\n")
        h.open("b.txt", "The carrier docked at Yokosuk.\n")
        #expect(h.diagnostics("a.txt") == [])
        #expect(h.diagnostics("b.txt")?.count == 1)
    }

    @Test func theRulesFolderIsFoundInTheWorkspaceUnlessOneIsNamed() throws {
        let h = try ServerHarness()
        try FileManager.default.createDirectory(at: h.workspace.appendingPathComponent("rules"), withIntermediateDirectories: true)
        let inWorkspace = h.workspace.appendingPathComponent("rules").standardizedFileURL.path
        #expect(RulesLocation.find(explicit: nil, fromClient: nil, roots: [h.workspace.path]) == inWorkspace)
        #expect(RulesLocation.find(explicit: rulesPath, fromClient: nil, roots: [h.workspace.path]) == URL(fileURLWithPath: rulesPath).standardizedFileURL.path)
        #expect(RulesLocation.find(explicit: nil, fromClient: "/elsewhere/rules", roots: [h.workspace.path]) == "/elsewhere/rules")
    }

    @Test func rulesFilesAndTheWordListAreNotArticles() throws {
        let h = try ServerHarness(files: ["one.txt": "An article.\n"])
        try FileManager.default.createDirectory(at: h.workspace.appendingPathComponent("rules/words"), withIntermediateDirectories: true)
        try Data("aardvark\n".utf8).write(to: h.workspace.appendingPathComponent("rules/words/english.txt"))
        var articles = WorkspaceArticles()
        articles.roots = [h.workspace.path]
        articles.excludedFolders = [h.workspace.appendingPathComponent("rules").path]
        var warning: String?
        #expect(articles.paths(warning: &warning) == [h.workspace.appendingPathComponent("one.txt").path])
        #expect(warning == nil)
    }
}
