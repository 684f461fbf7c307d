/// The reader's stylesheet, served from the binary at /static/style.css.
enum Style {
    static let css = """
        :root { --ink: #1f2328; --muted: #656d76; --line: #d8dee4; --paper: #fbfaf7; --accent: #8c1d18; --mark: #fff1a8; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--paper); color: var(--ink); font: 17px/1.75 "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif; }
        header { display: flex; gap: 1.5rem; align-items: center; padding: .8rem 2rem; border-bottom: 2px solid var(--ink); background: #fff; }
        header nav a { margin-left: 1rem; }
        .brand { font-size: 1.5rem; font-weight: 700; color: var(--accent); text-decoration: none; letter-spacing: .1em; }
        .brand span { font: 600 .8rem/1 sans-serif; color: var(--muted); letter-spacing: 0; }
        form.search { flex: 1; display: flex; max-width: 40rem; }
        form.search input { flex: 1; font: inherit; padding: .3rem .6rem; border: 1px solid var(--line); border-radius: 4px 0 0 4px; }
        form.search button { font: inherit; padding: .3rem 1rem; border: 1px solid var(--ink); background: var(--ink); color: #fff; border-radius: 0 4px 4px 0; }
        main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
        footer { text-align: center; color: var(--muted); font-size: .8rem; padding: 2rem; }
        a { color: #0b5cad; }
        h1 { font-size: 1.9rem; line-height: 1.35; margin: .2rem 0 .6rem; }
        .kicker, .subtitle { color: var(--muted); margin: 0; }
        .meta { color: var(--muted); font: .85rem/1.5 sans-serif; }
        .kind { display: inline-block; font: .7rem/1.6 sans-serif; border: 1px solid var(--line); border-radius: 3px; padding: 0 .35rem; color: var(--muted); }
        mark { background: var(--mark); padding: 0 .1em; }
        .e-person { border-bottom: 2px solid #c58b2a; }
        .e-place { border-bottom: 2px solid #2a7fc5; }
        .e-organization { border-bottom: 2px solid #3a9b5c; }
        .e-date { border-bottom: 2px dotted var(--muted); }
        .finding { background: #fde2e1; outline: 1px dashed var(--accent); }
        .columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; }
        .body p { text-indent: 2em; margin: 0 0 .8rem; }
        aside { font-size: .9rem; }
        aside h2 { font: 600 .85rem/1.4 sans-serif; letter-spacing: .05em; color: var(--muted); border-bottom: 1px solid var(--line); }
        pre.page { font: .8rem/1.6 "Noto Sans Mono CJK SC", monospace; white-space: pre-wrap; background: #fff; border: 1px solid var(--line); padding: .5rem; max-height: 40rem; overflow: auto; }
        pre.page .here { background: #fff7d6; display: block; }
        pre.page .n { color: var(--muted); display: inline-block; width: 3em; user-select: none; }
        ol.results { list-style: none; padding: 0; }
        ol.results li { padding: .7rem 0; border-bottom: 1px solid var(--line); }
        ol.results h3 { margin: 0; font-size: 1.15rem; }
        .facets { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 1rem; font-size: .85rem; }
        .facets ul { list-style: none; padding: 0; margin: 0; }
        table { border-collapse: collapse; font: .85rem/1.5 sans-serif; }
        td, th { border-bottom: 1px solid var(--line); padding: .2rem .6rem; text-align: left; }
        .error { border-left: 4px solid var(--accent); padding: .5rem 1rem; background: #fff; }
        .pager a { margin-right: 1rem; }
        svg.chart { background: #fff; border: 1px solid var(--line); }
        @media (max-width: 50rem) { .columns { grid-template-columns: 1fr; } header { flex-wrap: wrap; } }
        """
}
