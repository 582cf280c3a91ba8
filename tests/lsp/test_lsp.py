"""factlint lsp driven by a real LSP client (pygls's LanguageClient, typed with lsprotocol).

Run by .ci/run in a virtual environment: FACTLINT names the binary (default .build/debug/factlint).
"""
import asyncio
import os
import pathlib
import shutil

import pytest
from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient

REPO = pathlib.Path(__file__).resolve().parents[2]
FACTLINT = os.environ.get("FACTLINT", str(REPO / ".build" / "debug" / "factlint"))
TIMEOUT = 20

# An emoji (two UTF-16 units) and CJK text (one unit each) before the misspelt name.
MISSPELT = "Harbour visit\n\n🎉 日本の港 The carrier docked at Yokosuk on Tuesday.\n"
NAME_START = len("🎉 日本の港 The carrier docked at ".encode("utf-16-le")) // 2  # 29
SPELT_RIGHT = "Harbour report\n\nThe ship left Yokosuka at dawn.\n"
SHORT_QUOTE = "The minister spoke.\n\n“We will build the new bridge together with our neighbours,” she said.\n"
FULL_QUOTE = "A speech.\n\n“We will build the new harbour bridge together with our neighbours,” the minister said.\n"


class Client(LanguageClient):
    def __init__(self):
        super().__init__("factlint-test", "1")
        self.diagnostics = {}
        self.messages = []

        @self.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: lsp.PublishDiagnosticsParams):
            self.diagnostics[params.uri] = params.diagnostics

        @self.feature(lsp.WINDOW_SHOW_MESSAGE)
        def shown(params: lsp.ShowMessageParams):
            self.messages.append(params.message)

        @self.feature(lsp.CLIENT_REGISTER_CAPABILITY)
        def register(params: lsp.RegistrationParams):
            return None

    async def wait_for(self, uri, predicate):
        """Waits until the diagnostics published for `uri` satisfy `predicate`."""
        deadline = asyncio.get_running_loop().time() + TIMEOUT
        while asyncio.get_running_loop().time() < deadline:
            if uri in self.diagnostics and predicate(list(self.diagnostics[uri])):
                return list(self.diagnostics[uri])
            await asyncio.sleep(0.02)
        raise AssertionError(f"timed out; last diagnostics for {uri}: {self.diagnostics.get(uri)}; messages: {self.messages}")


def utf16_index(text, position):
    """Python string index of an LSP position (UTF-16 units)."""
    lines = text.splitlines(keepends=True)
    index = sum(len(line) for line in lines[: position.line])
    units = 0
    line = lines[position.line] if position.line < len(lines) else ""
    for offset, char in enumerate(line):
        if units >= position.character:
            return index + offset
        units += len(char.encode("utf-16-le")) // 2
    return index + len(line)


def apply_edits(text, edits):
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, end = utf16_index(text, edit.range.start), utf16_index(text, edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
    return text


@pytest.fixture
def workspace(tmp_path):
    shutil.copytree(REPO / "rules", tmp_path / "rules")
    return tmp_path


async def started(workspace):
    client = Client()
    await client.start_io(FACTLINT, "lsp", cwd=str(workspace))
    result = await client.initialize_async(lsp.InitializeParams(
        process_id=os.getpid(),
        root_uri=workspace.as_uri(),
        workspace_folders=[lsp.WorkspaceFolder(uri=workspace.as_uri(), name="articles")],
        capabilities=lsp.ClientCapabilities(
            workspace=lsp.WorkspaceClientCapabilities(
                did_change_watched_files=lsp.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True)),
            text_document=lsp.TextDocumentClientCapabilities(
                publish_diagnostics=lsp.PublishDiagnosticsClientCapabilities(related_information=True)))))
    assert result.capabilities.text_document_sync.change == lsp.TextDocumentSyncKind.Incremental
    assert result.server_info.name == "factlint"
    client.initialized(lsp.InitializedParams())
    return client


async def stopped(client):
    await client.shutdown_async(None)
    client.exit(None)
    await asyncio.wait_for(client._server.wait(), TIMEOUT)
    assert client._server.returncode == 0
    await client.stop()


def open_document(client, uri, text, version=1):
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(
        text_document=lsp.TextDocumentItem(uri=uri, language_id="plaintext", version=version, text=text)))


def test_misspelt_name_is_reported_at_its_utf16_position_and_the_quick_fix_clears_it(workspace):
    async def run():
        (workspace / "other.txt").write_text(SPELT_RIGHT, encoding="utf-8")
        client = await started(workspace)
        uri = (workspace / "article.txt").as_uri()
        open_document(client, uri, MISSPELT)
        found = await client.wait_for(uri, lambda d: len(d) > 0)

        assert len(found) == 1, found
        d = found[0]
        assert d.code == "name-spelling"
        assert d.source == "factlint"
        assert d.severity == lsp.DiagnosticSeverity.Error
        assert d.range == lsp.Range(start=lsp.Position(line=2, character=NAME_START),
                                    end=lsp.Position(line=2, character=NAME_START + len("Yokosuk")))
        assert d.code_description.href.endswith("docs/rules.md#names--name-spelling")
        # Related information: where another article writes the name correctly.
        assert [r.location.uri for r in d.related_information] == [(workspace / "other.txt").as_uri()]
        assert d.related_information[0].location.range.start == lsp.Position(line=2, character=len("The ship left "))

        hover = await client.text_document_hover_async(lsp.HoverParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri), position=lsp.Position(line=2, character=NAME_START + 2)))
        assert "Yokosuka" in hover.contents.value and "other.txt:3:15" in hover.contents.value

        actions = await client.text_document_code_action_async(lsp.CodeActionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri), range=d.range,
            context=lsp.CodeActionContext(diagnostics=[d], only=[lsp.CodeActionKind.QuickFix])))
        # One other article writing the name is not evidence enough for --fix: the quick fix is
        # offered as a suggestion (not preferred); the user applies it here, as an editor would.
        assert len(actions) == 1 and not actions[0].is_preferred
        edits = actions[0].edit.changes[uri]
        fixed = apply_edits(MISSPELT, edits)
        assert fixed == MISSPELT.replace("Yokosuk ", "Yokosuka ")

        client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[lsp.TextDocumentContentChangePartial(range=e.range, text=e.new_text) for e in edits]))
        assert await client.wait_for(uri, lambda d: d == []) == []
        await stopped(client)

    asyncio.run(run())


def test_cross_article_finding_appears_when_a_second_article_is_opened(workspace):
    async def run():
        client = await started(workspace)
        short = (workspace / "short.txt").as_uri()
        full = (workspace / "full.txt").as_uri()  # not on disk: only the editor has it
        open_document(client, short, SHORT_QUOTE)
        assert await client.wait_for(short, lambda d: True) == []

        open_document(client, full, FULL_QUOTE)
        found = await client.wait_for(short, lambda d: len(d) > 0)
        drift = [d for d in found if d.code == "quote-drift"]
        assert len(drift) == 1, found
        assert drift[0].severity == lsp.DiagnosticSeverity.Warning
        assert [r.location.uri for r in drift[0].related_information] == [full]
        assert drift[0].related_information[0].location.range.start.line == 2

        # Changing the other article so the quotes agree clears the first one's finding.
        client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=full, version=2),
            content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=SHORT_QUOTE)]))
        assert await client.wait_for(short, lambda d: d == []) == []
        await stopped(client)

    asyncio.run(run())
