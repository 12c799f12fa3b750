// XCTest suite for the dateline Swift bindings (module `Dateline`), mirroring DatelineTest.kt.
//
// Run it on macOS or Linux with a Swift toolchain: `scripts/ffi/swift-test.sh` lays out a
// SwiftPM package around the generated bindings and this file, then runs `swift test`
// (see docs/mobile.md). Without a toolchain, scripts/ffi/test.sh checks its syntax only.
//
// Checks of analysis the core does not do yet go through `pending(...)`: they print and pass
// unless DATELINE_FFI_STRICT=1 is set (none is pending today).

import Dateline
import Foundation
import XCTest

/// `text[start..<end]` in UTF-16 code units, or nil when the range is out of bounds.
func slice(_ text: String, _ start: Int32, _ end: Int32) -> String? {
    let units = Array(text.utf16)
    guard start >= 0, start <= end, Int(end) <= units.count else { return nil }
    return String(decoding: units[Int(start)..<Int(end)], as: UTF16.self)
}

func inBounds(_ text: String, _ start: Int32, _ end: Int32) -> Bool {
    slice(text, start, end) != nil
}

/// A check of analysis the core does not do yet: reported, not failed, unless strict.
func pending(_ name: String, file: StaticString = #filePath, line: UInt = #line, _ ok: () -> Bool) {
    let passed = ok()
    if ProcessInfo.processInfo.environment["DATELINE_FFI_STRICT"] == "1" {
        XCTAssertTrue(passed, name, file: file, line: line)
    } else {
        print(passed ? "PENDING-PASSES \(name) (make it strict)" : "PENDING \(name) (not done by the core yet)")
    }
}

/// Non-ASCII, an emoji before the quote (two UTF-16 units, one code point) and curly quotes.
let inlineArticle = """
    ZÜRICH, Switzerland — Zoë Keller 🎉 reopened her café in Zürich on Friday. “We’re thrilled 🎉 to be back in the Altstadt,” Keller said.

    “Prices will rise by 5%, not 50%,” she told Neue Zürcher Zeitung. Some 1,200 people came. 🙂
    """

func loadSeed() -> String? {
    let env = ProcessInfo.processInfo.environment["DATELINE_SEED"]
    // This file is bindings/ffi/tests/bindings/DatelineTests.swift; shared/ sits beside the repo.
    let repo = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let path = env ?? repo.deletingLastPathComponent()
        .appendingPathComponent("shared/seeds/rutte-munich-2026.txt").path
    return try? String(contentsOfFile: path, encoding: .utf8)
}

/// Every span of the article in UTF-16 units: in bounds, and sliced equal to the record's own
/// text where it has one.
func checkSpans(_ a: Article, file: StaticString = #filePath, line: UInt = #line) {
    let t = a.text
    if let d = a.dateline {
        XCTAssertTrue(inBounds(t, d.start, d.end), "dateline \(d)", file: file, line: line)
    }
    for c in a.captions {
        XCTAssertEqual(slice(t, c.start, c.end), c.text, "caption", file: file, line: line)
        if let s = c.creditSpan {
            XCTAssertEqual(slice(t, s.start, s.end), c.credit, "credit", file: file, line: line)
        }
    }
    var previousEnd: Int32 = 0
    for p in a.paragraphs {
        XCTAssertTrue(inBounds(t, p.start, p.end) && p.start >= previousEnd, "paragraph \(p)", file: file, line: line)
        previousEnd = p.end
    }
    previousEnd = 0
    for b in a.blocks {
        XCTAssertTrue(inBounds(t, b.start, b.end) && b.start >= previousEnd, "block \(b)", file: file, line: line)
        previousEnd = b.end
    }
    for s in a.sentences {
        XCTAssertTrue(inBounds(t, s.start, s.end) && s.start < s.end, "sentence \(s)", file: file, line: line)
    }
    for l in a.links {
        XCTAssertEqual(slice(t, l.start, l.end), l.url, "link", file: file, line: line)
    }
    for r in a.related {
        XCTAssertEqual(slice(t, r.start, r.end), r.title, "related", file: file, line: line)
    }
    let entityIds = 0..<Int32(a.entities.count)
    for (i, e) in a.entities.enumerated() {
        XCTAssertEqual(e.id, Int32(i), "entity id", file: file, line: line)
        for m in e.mentions {
            XCTAssertEqual(slice(t, m.start, m.end), m.text, "mention", file: file, line: line)
        }
    }
    for (i, q) in a.quotes.enumerated() {
        XCTAssertEqual(q.id, Int32(i), "quote id", file: file, line: line)
        XCTAssertFalse(q.parts.isEmpty, "quote \(i) has parts", file: file, line: line)
        let parts = q.parts.map { slice(t, $0.start, $0.end) }
        XCTAssertFalse(parts.contains(nil), "quote \(i) parts in bounds", file: file, line: line)
        XCTAssertEqual(parts.compactMap { $0 }.joined(separator: " … "), q.text, "quote \(i) text", file: file, line: line)
        if let c = q.content {
            XCTAssertTrue(inBounds(t, c.start, c.end), "quote \(i) content", file: file, line: line)
        }
        if let s = q.speaker {
            XCTAssertTrue(inBounds(t, s.start, s.end), "quote \(i) speaker span", file: file, line: line)
            XCTAssertTrue(s.entity.map { entityIds.contains($0) } ?? true, "quote \(i) speaker entity", file: file, line: line)
        }
        if let c = q.cue {
            XCTAssertEqual(slice(t, c.start, c.end), c.text, "quote \(i) cue", file: file, line: line)
        }
        if let ad = q.addressee {
            XCTAssertEqual(slice(t, ad.start, ad.end), ad.name, "quote \(i) addressee", file: file, line: line)
        }
    }
    for (i, f) in a.figures.enumerated() {
        XCTAssertEqual(f.id, Int32(i), "figure id", file: file, line: line)
        XCTAssertEqual(slice(t, f.start, f.end), f.text, "figure \(i) text", file: file, line: line)
        XCTAssertTrue(f.quote.map { $0 >= 0 && Int($0) < a.quotes.count } ?? true, "figure \(i) quote", file: file, line: line)
        XCTAssertTrue(f.speaker.map { entityIds.contains($0) } ?? true, "figure \(i) speaker", file: file, line: line)
    }
}

final class DatelineTests: XCTestCase {
    let pipeline = Pipeline()

    func testInlineArticle() throws {
        let a = try pipeline.parse(text: inlineArticle)
        XCTAssertEqual(a.schemaVersion, 2)
        XCTAssertTrue(a.text.contains("🎉") && a.text.contains("Zürich"))
        checkSpans(a)
        XCTAssertEqual(a.dateline?.place, "Zürich")
        XCTAssertEqual(a.paragraphs.count, 2)

        // The emoji is one code point and two UTF-16 units: offsets after it are UTF-16 ones.
        let units = Array(a.text.utf16)
        let needle = Array("We’re thrilled".utf16)
        let thrilled = (0...(units.count - needle.count)).first { Array(units[$0..<$0 + needle.count]) == needle }
        XCTAssertNotNil(thrilled)
        let first = a.quotes.first { $0.text.hasPrefix("We’re thrilled 🎉 to be back") }
        XCTAssertEqual(first?.parts.first.map { Int($0.start) }, thrilled)
        XCTAssertEqual(first?.speaker?.name, "Zoë Keller")
        XCTAssertEqual(a.quotes.first { $0.text.hasPrefix("Prices will rise") }?.addressee?.name, "Neue Zürcher Zeitung")
        XCTAssertTrue({
            a.figures.filter { $0.kind == .percent }.count == 2 && a.figures.contains { $0.value == 50 }
        }(), "inline: the percentages are figures")
        XCTAssertTrue({
            a.figures.contains { $0.value == 1200 && $0.counted == "people" }
        }(), "inline: 1,200 people is a count")
    }

    func testSeedArticle() throws {
        guard let seed = loadSeed() else {
            throw XCTSkip("no seed article (set DATELINE_SEED to shared/seeds/rutte-munich-2026.txt)")
        }
        let a = try pipeline.parse(text: seed, options: Options(published: "2026-02-14"))
        checkSpans(a)
        XCTAssertEqual(a.published, "2026-02-14")
        XCTAssertEqual(a.publishedSource, .given)
        XCTAssertEqual(a.dateline?.place, "Munich")
        XCTAssertEqual(a.dateline?.region, "Germany")
        XCTAssertTrue(a.captions.contains { $0.credit == "John Thys / AFP" })
        XCTAssertTrue(a.authors.contains("Charlie Hancock"))
        XCTAssertTrue(a.links.contains { $0.kind == .author && $0.url.hasSuffix("/author/charlie-hancock") })
        XCTAssertTrue(a.links.contains { $0.kind == .article && $0.url.contains("bloomberg.com") })
        XCTAssertTrue(a.related.contains { $0.title.hasPrefix("Next Round of Ukraine Talks") })
        XCTAssertGreaterThanOrEqual(a.paragraphs.count, 5)

        let rutte = "In December, they lost 35,000 of their own men, and in January — 30,000"
        let quote = try XCTUnwrap(a.quotes.first { $0.text == rutte })
        XCTAssertEqual(quote.parts.count, 1)
        XCTAssertEqual(quote.parts.first.flatMap { slice(a.text, $0.start, $0.end) }, rutte)
        XCTAssertEqual(quote.speaker?.name, "Mark Rutte")
        XCTAssertEqual(quote.cue?.lemma, "say")
        XCTAssertTrue(a.quotes.contains { $0.parts.count >= 2 && $0.text.hasPrefix("do not come from Moscow") && $0.speaker?.name == "Mark Rutte" })
        XCTAssertTrue(a.quotes.contains { $0.speaker?.name == "Mark Rutte" && $0.addressee?.name == "The Moscow Times" })
        XCTAssertTrue(a.entities.contains { e in e.kind == .person && e.name == "Mark Rutte" && e.roles.contains { $0.contains("Secretary General") } })
        XCTAssertTrue(a.entities.contains { $0.kind == .organization && ($0.name == "NATO" || $0.aliases.contains("NATO")) })

        XCTAssertTrue({
            a.figures.contains { $0.value == 35000 && $0.counted == "men" && $0.date == "2025-12" && $0.quote != nil }
        }(), "seed: 35,000 men in December 2025, claimed by Rutte's quote")
        XCTAssertTrue({
            a.figures.contains { $0.kind == .money && $0.value == 500_000_000 && $0.currency == "USD" }
        }(), "seed: $500 million of aid in USD")
        XCTAssertTrue({
            a.figures.contains { $0.value == 200_000_000 && $0.bound == .above }
        }(), "seed: over $200 million has bound .above")
    }

    func testErrors() {
        XCTAssertThrowsError(try parse(text: "")) { error in
            guard case DatelineError.EmptyInput = error else { return XCTFail("expected EmptyInput, got \(error)") }
        }
        XCTAssertThrowsError(try pipeline.parse(text: " \n\t \n")) { error in
            guard case DatelineError.EmptyInput = error else { return XCTFail("expected EmptyInput, got \(error)") }
        }
        XCTAssertThrowsError(try parse(text: "A story.", options: Options(published: "14/02/2026"))) { error in
            guard case let DatelineError.InvalidOption(message) = error else {
                return XCTFail("expected InvalidOption, got \(error)")
            }
            XCTAssertTrue(message.contains("14/02/2026"), message)
        }
        XCTAssertThrowsError(try pipeline.parse(text: String(repeating: "x", count: 100), options: Options(maxInputBytes: 10))) { error in
            guard case let DatelineError.InputTooLarge(message) = error else {
                return XCTFail("expected InputTooLarge, got \(error)")
            }
            XCTAssertEqual(message, "input too large: 100 bytes, the limit is 10 bytes")
        }
        // The limit counts UTF-8 bytes: 6 characters, 12 bytes.
        XCTAssertThrowsError(try parse(text: String(repeating: "é", count: 6), options: Options(maxInputBytes: 11)))
        XCTAssertNoThrow(try parse(text: "Hello.", options: Options(maxInputBytes: 6)))
    }

    func testPipelineReuseAndParseMany() throws {
        var texts = ["", inlineArticle, "Short story about Zoë."]
        if let seed = loadSeed() { texts.insert(seed, at: 0) }
        let once = texts.map { try? pipeline.parse(text: $0) }
        let again = texts.map { try? pipeline.parse(text: $0) }
        XCTAssertEqual(again, once)
        for text in texts where !text.isEmpty {
            XCTAssertEqual(try parse(text: text), try pipeline.parse(text: text))
        }

        let results = try pipeline.parseMany(texts: texts)
        XCTAssertEqual(results.count, texts.count)
        for (i, result) in results.enumerated() {
            switch result {
            case let .success(article):
                XCTAssertEqual(article, once[i], "result \(i) in order")
            case let .failure(error):
                XCTAssertNil(once[i], "result \(i) in order")
                guard case DatelineError.EmptyInput = error else { return XCTFail("expected EmptyInput, got \(error)") }
            }
        }
        XCTAssertEqual(results.filter { if case .failure = $0 { return true } else { return false } }.count, 1)
        XCTAssertThrowsError(try pipeline.parseMany(texts: texts, options: Options(published: "yesterday")))
        XCTAssertEqual(try pipeline.parseMany(texts: []), [])

        // One pipeline, many threads.
        let expected = try pipeline.parse(text: inlineArticle)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            XCTAssertEqual(try? self.pipeline.parse(text: inlineArticle), expected)
        }
        XCTAssertEqual(try Pipeline().parse(text: inlineArticle), expected)
    }
}
