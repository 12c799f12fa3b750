// Kotlin test of the dateline UniFFI bindings (package org.dateline), run by scripts/ffi/test.sh:
//
//   kotlinc target/ffi-bindings/kotlin/org/dateline/dateline_ffi.kt DatelineTest.kt -cp jna.jar -d out
//   java -Djna.library.path=target/debug -cp out:jna.jar:kotlin-stdlib.jar DatelineTestKt [seed.txt]
//
// A plain main with its own checks (no JUnit on the machine): it prints one line per failure and
// ends with exactly `N passed, M failed`; the exit code is 1 when anything failed.
//
// Checks come in two strengths:
// - check(...)   strict: a failure fails the run;
// - pending(...) analysis the core does not do yet (quotes, speakers, figures): a failure is
//   reported as PENDING and does not fail the run; a pass is reported as PENDING-PASSES so the
//   check can be made strict. DATELINE_FFI_STRICT=1 makes every pending check strict.
//   (None is pending today: quotes, speakers, figures and entities all passed when written.)

import org.dateline.*
import java.io.File
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import kotlin.system.exitProcess

var passed = 0
var failed = 0
var pendingFailed = 0
val strict = System.getenv("DATELINE_FFI_STRICT") == "1"

fun check(name: String, ok: Boolean, detail: () -> String = { "" }) {
    if (ok) {
        passed++
    } else {
        failed++
        println("FAIL $name ${detail()}".trimEnd())
    }
}

fun <T> checkEq(name: String, actual: T, expected: T) =
    check(name, actual == expected) { "expected <$expected>, got <$actual>" }

/** A strict check whose condition may throw (a failed lookup counts as a failure). */
fun checkThat(name: String, ok: () -> Boolean) =
    check(name, try { ok() } catch (e: Exception) { false })

fun pending(name: String, ok: () -> Boolean) {
    val result = try { ok() } catch (e: Exception) { false }
    if (strict) return check(name, result)
    if (result) {
        passed++
        println("PENDING-PASSES $name (make it strict)")
    } else {
        pendingFailed++
        println("PENDING $name (not done by the core yet)")
    }
}

inline fun <reified E : DatelineException> checkThrows(name: String, block: () -> Unit): E? {
    try {
        block()
    } catch (e: DatelineException) {
        check(name, e is E) { "expected ${E::class.simpleName}, got ${e::class.simpleName}: ${e.message}" }
        return e as? E
    }
    check(name, false) { "expected ${E::class.simpleName}, nothing was thrown" }
    return null
}

/** `text.substring(start, end)` when the range is valid, else null. */
fun slice(text: String, start: Int, end: Int): String? =
    if (start in 0..end && end <= text.length) text.substring(start, end) else null

fun inBounds(text: String, start: Int, end: Int) = slice(text, start, end) != null

/**
 * Every span of the article, in UTF-16 units: in bounds, and sliced equal to the record's own
 * text where it has one. One check per kind of record, listing the first few offenders.
 */
fun checkSpans(label: String, a: Article) {
    val t = a.text
    fun group(kind: String, problems: List<String>) =
        check("$label: $kind", problems.isEmpty()) { problems.take(5).joinToString("; ") }

    group("dateline in bounds", listOfNotNull(a.dateline?.takeUnless { inBounds(t, it.start, it.end) }?.toString()))
    group("captions slice to their text and credit", a.captions.flatMap { c ->
        listOfNotNull(
            c.takeUnless { slice(t, c.start, c.end) == c.text }?.let { "caption ${c.start}..${c.end}: '${slice(t, c.start, c.end)}' != '${c.text}'" },
            c.creditSpan?.takeUnless { slice(t, it.start, it.end) == c.credit }?.let { "credit $it != '${c.credit}'" },
        )
    })
    group("paragraphs in bounds, ordered, disjoint", a.paragraphs.mapIndexedNotNull { i, p ->
        val prevEnd = if (i == 0) 0 else a.paragraphs[i - 1].end
        if (inBounds(t, p.start, p.end) && p.start >= prevEnd) null else "paragraph $i $p"
    })
    group("blocks in bounds, ordered, disjoint", a.blocks.mapIndexedNotNull { i, b ->
        val prevEnd = if (i == 0) 0 else a.blocks[i - 1].end
        if (inBounds(t, b.start, b.end) && b.start >= prevEnd) null else "block $i $b"
    })
    group("sentences in bounds, non-empty", a.sentences.mapIndexedNotNull { i, s ->
        if (inBounds(t, s.start, s.end) && s.start < s.end) null else "sentence $i $s"
    })
    group("links slice to their URL", a.links.mapNotNull { l ->
        if (slice(t, l.start, l.end) == l.url) null else "link '${slice(t, l.start, l.end)}' != '${l.url}'"
    })
    group("related lines slice to their title", a.related.mapNotNull { r ->
        if (slice(t, r.start, r.end) == r.title) null else "related '${slice(t, r.start, r.end)}' != '${r.title}'"
    })
    group("entities: ids are indexes, mentions slice to their text", a.entities.flatMapIndexed { i, e ->
        listOfNotNull(if (e.id == i) null else "entity $i has id ${e.id}") +
            e.mentions.mapNotNull { m ->
                if (slice(t, m.start, m.end) == m.text) null else "mention '${slice(t, m.start, m.end)}' != '${m.text}'"
            }
    })
    fun entityOk(id: Int?) = id == null || id in a.entities.indices
    group("quotes: ids, parts slice and join to the text, attribution spans", a.quotes.flatMapIndexed { i, q ->
        val parts = q.parts.map { slice(t, it.start, it.end) }
        listOfNotNull(
            if (q.id == i) null else "quote $i has id ${q.id}",
            if (q.parts.isNotEmpty()) null else "quote $i has no parts",
            if (parts.all { it != null }) null else "quote $i part out of bounds ${q.parts}",
            if (parts.joinToString(" … ") == q.text) null else "quote $i parts '${parts.joinToString(" … ")}' != '${q.text}'",
            q.content?.takeUnless { inBounds(t, it.start, it.end) }?.let { "quote $i content $it" },
            q.speaker?.takeUnless { inBounds(t, it.start, it.end) && entityOk(it.entity) }?.let { "quote $i speaker $it" },
            q.cue?.takeUnless { slice(t, it.start, it.end) == it.text }?.let { "quote $i cue $it" },
            q.addressee?.takeUnless { slice(t, it.start, it.end) == it.name && entityOk(it.entity) }?.let { "quote $i addressee $it" },
            q.parent?.takeUnless { it in a.quotes.indices && it != i }?.let { "quote $i parent $it" },
        )
    })
    group("figures: ids, slice to their text, references resolve", a.figures.flatMapIndexed { i, f ->
        listOfNotNull(
            if (f.id == i) null else "figure $i has id ${f.id}",
            if (slice(t, f.start, f.end) == f.text) null else "figure $i '${slice(t, f.start, f.end)}' != '${f.text}'",
            f.quote?.takeUnless { it in a.quotes.indices }?.let { "figure $i quote $it" },
            f.speaker?.takeUnless { entityOk(it) }?.let { "figure $i speaker $it" },
        )
    })
}

fun dump(label: String, a: Article) {
    if (System.getenv("DATELINE_FFI_DUMP") != "1") return
    println("--- $label: headline=${a.headline} dateline=${a.dateline} published=${a.published}/${a.publishedSource} authors=${a.authors}")
    a.captions.forEach { println("  caption '${it.text}' credit='${it.credit}'") }
    a.links.forEach { println("  link ${it.kind} ${it.url}") }
    a.related.forEach { println("  related '${it.title}' ${it.url}") }
    a.entities.forEach { println("  entity ${it.id} ${it.kind} '${it.name}' roles=${it.roles} mentions=${it.mentions.size}") }
    a.quotes.forEach { q -> println("  quote ${q.id} ${q.kind} '${q.text}' speaker=${q.speaker?.name} cue=${q.cue?.text} to=${q.addressee?.name} date=${q.date}") }
    a.figures.forEach { f -> println("  figure ${f.id} ${f.kind} '${f.text}' value=${f.value} counted=${f.counted} date=${f.date} quote=${f.quote}") }
}

// Non-ASCII, an emoji before the quote (two UTF-16 units, one code point) and curly quotes, so
// UTF-16 offsets differ from code-point offsets where they are checked.
val INLINE = """
ZÜRICH, Switzerland — Zoë Keller 🎉 reopened her café in Zürich on Friday. “We’re thrilled 🎉 to be back in the Altstadt,” Keller said.

“Prices will rise by 5%, not 50%,” she told Neue Zürcher Zeitung. Some 1,200 people came. 🙂
""".trimIndent()

fun testInline(pipeline: Pipeline) {
    val a = pipeline.parse(INLINE)
    dump("inline", a)
    checkEq("inline: schemaVersion", a.schemaVersion, 2u)
    check("inline: text keeps the emoji and the accents", a.text.contains("🎉") && a.text.contains("Zürich")) { a.text }
    checkSpans("inline", a)
    checkEq("inline: dateline place", a.dateline?.place, "Zürich")
    val d = a.dateline
    check("inline: dateline slices to the start of the text", d != null && slice(a.text, d.start, d.end)?.startsWith("ZÜRICH") == true) { "$d" }
    check("inline: two paragraphs", a.paragraphs.size == 2) { "${a.paragraphs}" }
    // The emoji is one code point but two UTF-16 units: offsets after it must be UTF-16 ones.
    val thrilled = a.text.indexOf("We’re thrilled")
    check("inline: the quote is after a surrogate pair", thrilled > a.text.indexOf("🎉"))
    checkThat("inline: the first quote starts at its UTF-16 offset") {
        a.quotes.any { q -> q.parts.firstOrNull()?.start == thrilled && q.text.startsWith("We’re thrilled 🎉 to be back") }
    }
    checkThat("inline: the first quote is Zoë Keller's") {
        a.quotes.firstOrNull { it.text.startsWith("We’re thrilled") }?.speaker?.name == "Zoë Keller"
    }
    checkThat("inline: the second quote is told to Neue Zürcher Zeitung") {
        a.quotes.firstOrNull { it.text.startsWith("Prices will rise") }?.addressee?.name == "Neue Zürcher Zeitung"
    }
    // A pronoun that resolves to no one has a span but no name (String? in Kotlin).
    val unresolved = pipeline.parse("“We will not stop,” they said on Monday.")
    checkSpans("unresolved", unresolved)
    checkThat("unresolved: a pronoun speaker without an entity has a null name") {
        unresolved.quotes.singleOrNull()?.speaker?.let { s ->
            s.entity == null && s.name == null && slice(unresolved.text, s.start, s.end) == "they"
        } == true
    }
    checkThat("inline: the percentages are figures") {
        a.figures.count { it.kind == FigureKind.PERCENT } == 2 && a.figures.any { it.value == 50.0 && it.text.contains("50") }
    }
    checkThat("inline: 1,200 people is a count") {
        a.figures.any { it.value == 1200.0 && it.counted == "people" }
    }
}

fun testSeed(pipeline: Pipeline, seed: String) {
    val a = pipeline.parse(seed, Options(published = "2026-02-14"))
    dump("seed", a)
    checkSpans("seed", a)
    checkEq("seed: published (given)", a.published, "2026-02-14")
    checkEq("seed: publishedSource", a.publishedSource, DateSource.GIVEN)
    checkEq("seed: dateline place", a.dateline?.place, "Munich")
    checkEq("seed: dateline region", a.dateline?.region, "Germany")
    check("seed: dateline slices to 'MUNICH, Germany —'", a.dateline?.let { slice(a.text, it.start, it.end) }?.startsWith("MUNICH, Germany") == true) { "${a.dateline}" }
    check("seed: caption credit 'John Thys / AFP'", a.captions.any { it.credit == "John Thys / AFP" }) { "${a.captions}" }
    check("seed: authors contain Charlie Hancock", "Charlie Hancock" in a.authors) { "${a.authors}" }
    check("seed: the author link is an AUTHOR link", a.links.any { it.kind == LinkKind.AUTHOR && it.url.endsWith("/author/charlie-hancock") }) { "${a.links}" }
    check("seed: the Bloomberg link is an ARTICLE link", a.links.any { it.kind == LinkKind.ARTICLE && it.url.contains("bloomberg.com") }) { "${a.links}" }
    check("seed: the related article", a.related.any { it.title.startsWith("Next Round of Ukraine Talks") }) { "${a.related}" }
    check("seed: several paragraphs", a.paragraphs.size >= 5) { "${a.paragraphs.size}" }
    check("seed: blocks include a caption, a credit-free dateline and paragraphs",
        a.blocks.any { it.kind == BlockKind.CAPTION } && a.blocks.any { it.kind == BlockKind.PARAGRAPH }) { "${a.blocks.map { it.kind }}" }
    check("seed: the text keeps curly apostrophes", a.text.contains("country’s")) { "" }

    val rutte = "In December, they lost 35,000 of their own men, and in January — 30,000"
    checkThat("seed: the 35,000 quote is found") { a.quotes.any { it.text == rutte } }
    checkThat("seed: the 35,000 quote slices in UTF-16") {
        a.quotes.first { it.text == rutte }.parts.let { it.size == 1 && slice(a.text, it[0].start, it[0].end) == rutte }
    }
    checkThat("seed: Mark Rutte said the 35,000 quote") {
        a.quotes.first { it.text == rutte }.speaker?.name == "Mark Rutte"
    }
    checkThat("seed: the 35,000 quote is cued by 'said'") { a.quotes.first { it.text == rutte }.cue?.lemma == "say" }
    checkThat("seed: the split casualties quote has two parts by Rutte") {
        a.quotes.any { q -> q.parts.size >= 2 && q.text.startsWith("do not come from Moscow") && q.speaker?.name == "Mark Rutte" }
    }
    checkThat("seed: the opening reported speech is told to The Moscow Times") {
        a.quotes.any { q -> q.speaker?.name == "Mark Rutte" && q.addressee?.name == "The Moscow Times" }
    }
    checkThat("seed: Mark Rutte is a person with a role") {
        a.entities.any { e -> e.kind == EntityKind.PERSON && e.name == "Mark Rutte" && e.roles.any { it.contains("Secretary General") } }
    }
    checkThat("seed: NATO is an organization (by name or alias)") { a.entities.any { it.kind == EntityKind.ORGANIZATION && (it.name == "NATO" || "NATO" in it.aliases) } }
    checkThat("seed: 35,000 men in December 2025, claimed by Rutte's quote") {
        a.figures.any { f -> f.value == 35000.0 && f.counted == "men" && f.date == "2025-12" && f.quote != null }
    }
    checkThat("seed: \$500 million of aid in USD") {
        a.figures.any { f -> f.kind == FigureKind.MONEY && f.value == 500_000_000.0 && f.currency == "USD" }
    }
    checkThat("seed: over \$200 million has bound ABOVE") {
        a.figures.any { f -> f.value == 200_000_000.0 && f.bound == Bound.ABOVE }
    }
}

fun testErrors(pipeline: Pipeline) {
    checkThrows<DatelineException.EmptyInput>("errors: empty input") { parse("") }
    checkThrows<DatelineException.EmptyInput>("errors: whitespace-only input") { pipeline.parse(" \n\t \n") }
    val bad = checkThrows<DatelineException.InvalidOption>("errors: bad published date") {
        parse("A story.", Options(published = "14/02/2026"))
    }
    check("errors: InvalidOption names the value", bad?.message?.contains("14/02/2026") == true) { "${bad?.message}" }
    val large = checkThrows<DatelineException.InputTooLarge>("errors: input too large") {
        pipeline.parse("x".repeat(100), Options(maxInputBytes = 10uL))
    }
    check("errors: InputTooLarge gives size and limit", large?.message == "input too large: 100 bytes, the limit is 10 bytes") { "${large?.message}" }
    checkThrows<DatelineException.InputTooLarge>("errors: the limit counts UTF-8 bytes") {
        parse("é".repeat(6), Options(maxInputBytes = 11uL)) // 6 chars, 12 bytes
    }
    check("errors: a limit above the input passes", runCatching { parse("Hello.", Options(maxInputBytes = 6uL)) }.isSuccess)
    check("errors: DatelineException is an Exception", (bad as Any?) is Exception)
}

fun testPipeline(pipeline: Pipeline, seed: String?) {
    val texts = listOfNotNull(seed, "", INLINE, "Short story about Zoë.")
    val once = texts.map { t -> runCatching { pipeline.parse(t) }.getOrNull() }
    val again = texts.map { t -> runCatching { pipeline.parse(t) }.getOrNull() }
    checkEq("pipeline: reuse gives the same articles", again, once)
    check("pipeline: the top-level parse agrees", texts.filter { it.isNotBlank() }.all { parse(it) == pipeline.parse(it) })

    val results = pipeline.parseMany(texts)
    checkEq("parseMany: one result per text", results.size, texts.size)
    results.forEachIndexed { i, r ->
        when (r) {
            is ParseResult.Success -> checkEq("parseMany: result $i in order", r.article, once[i])
            is ParseResult.Failure -> check("parseMany: result $i in order", once[i] == null && texts[i].isBlank() && r.error is DatelineException.EmptyInput) {
                "${r.error::class.simpleName}: ${r.error.message}"
            }
        }
    }
    check("parseMany: the empty text fails alone", results.count { it is ParseResult.Failure } == 1)
    checkThrows<DatelineException.InvalidOption>("parseMany: a bad option fails the call") {
        pipeline.parseMany(texts, Options(published = "yesterday"))
    }
    checkEq("parseMany: no texts", pipeline.parseMany(emptyList()), emptyList<ParseResult>())

    // One pipeline, many threads.
    val pool = Executors.newFixedThreadPool(4)
    try {
        // Without the seed article there are only two non-blank texts.
        val expected = texts.filter { it.isNotBlank() }
        val futures = (0 until 8).map { i -> pool.submit(Callable { pipeline.parse(expected[i % expected.size]) }) }
        check("pipeline: parallel parses from 4 threads agree", futures.mapIndexed { i, f -> f.get() == pipeline.parse(expected[i % expected.size]) }.all { it })
    } finally {
        pool.shutdown()
    }

    Pipeline().use { p -> checkEq("pipeline: a second pipeline agrees", p.parse(INLINE), pipeline.parse(INLINE)) }
}

fun main(args: Array<String>) {
    val seedPath = args.firstOrNull() ?: System.getenv("DATELINE_SEED") ?: "../shared/seeds/rutte-munich-2026.txt"
    val seedFile = File(seedPath)
    val seed = if (seedFile.isFile) seedFile.readText(Charsets.UTF_8) else null

    Pipeline().use { pipeline ->
        for ((name, test) in listOf<Pair<String, () -> Unit>>(
            "inline" to { testInline(pipeline) },
            "seed" to {
                if (seed == null) println("SKIP seed checks: no seed article at $seedPath") else testSeed(pipeline, seed)
            },
            "errors" to { testErrors(pipeline) },
            "pipeline" to { testPipeline(pipeline, seed) },
        )) {
            try {
                test()
            } catch (e: Throwable) {
                check("$name: no unexpected exception", false) { "$e" }
                e.printStackTrace()
            }
        }
    }
    if (pendingFailed > 0) println("pending: $pendingFailed checks wait for the core (DATELINE_FFI_STRICT=1 makes them fail)")
    println("$passed passed, $failed failed")
    exitProcess(if (failed == 0) 0 else 1)
}
