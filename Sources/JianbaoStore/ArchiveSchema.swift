import GRDB

/// The archive's tables. One migration per schema change; never edit a shipped one.
enum ArchiveSchema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE newspaper (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE,
                        homeProvince TEXT
                    );
                    CREATE TABLE page (
                        id INTEGER PRIMARY KEY,
                        pageKey TEXT NOT NULL UNIQUE,          -- newspaper|date|page, or path:… when those are unknown
                        newspaperId INTEGER REFERENCES newspaper(id),
                        date TEXT,                             -- ISO issue date
                        number INTEGER,
                        path TEXT NOT NULL,
                        sha256 TEXT NOT NULL,
                        encoding TEXT NOT NULL,
                        lineEnding TEXT NOT NULL,
                        layout TEXT NOT NULL,
                        bytes INTEGER NOT NULL,
                        raw BLOB NOT NULL,
                        ingestedAt TEXT NOT NULL
                    );
                    CREATE INDEX page_issue ON page(newspaperId, date, number);
                    CREATE INDEX page_sha ON page(sha256);
                    CREATE TABLE article (
                        id INTEGER PRIMARY KEY,
                        pageId INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,
                        clipId TEXT NOT NULL,                  -- the clip id (same bytes, same id)
                        ordinal INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        headline TEXT,
                        source TEXT,
                        continuedFromPage INTEGER,
                        continuesOnPage INTEGER,
                        firstLine INTEGER NOT NULL,
                        lastLine INTEGER NOT NULL,
                        chars INTEGER NOT NULL,
                        newspaperId INTEGER,                   -- denormalized from page for filtering
                        date TEXT,
                        pageNumber INTEGER,
                        storyId INTEGER,                       -- the first part of a stitched jump
                        json TEXT NOT NULL                     -- the clip contract's article object
                    );
                    CREATE INDEX article_page ON article(pageId);
                    CREATE INDEX article_date ON article(date);
                    CREATE INDEX article_story ON article(storyId);
                    CREATE INDEX article_jump ON article(newspaperId, date, pageNumber) WHERE continuedFromPage IS NOT NULL OR continuesOnPage IS NOT NULL;
                    CREATE TABLE paragraph (
                        articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        ordinal INTEGER NOT NULL,
                        firstLine INTEGER NOT NULL,
                        lastLine INTEGER NOT NULL,
                        PRIMARY KEY (articleId, ordinal)
                    ) WITHOUT ROWID;
                    CREATE TABLE entity (
                        articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        kind TEXT NOT NULL,                    -- person | place | organization | date
                        name TEXT NOT NULL,
                        code TEXT,                             -- place: GB/T 2260 code
                        titles TEXT,                           -- person: titles joined with 、
                        mentions INTEGER NOT NULL DEFAULT 1
                    );
                    CREATE INDEX entity_name ON entity(kind, name);
                    CREATE INDEX entity_article ON entity(articleId);
                    CREATE TABLE finding (
                        articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        kind TEXT NOT NULL,
                        text TEXT NOT NULL,
                        line INTEGER NOT NULL,
                        message TEXT NOT NULL
                    );
                    CREATE INDEX finding_article ON finding(articleId);
                    CREATE TABLE dropped (
                        pageId INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,
                        firstLine INTEGER NOT NULL,
                        lastLine INTEGER NOT NULL,
                        reason TEXT NOT NULL,
                        duplicateOf TEXT,
                        text TEXT NOT NULL
                    );
                    CREATE TABLE jump (
                        fromArticleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        toArticleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        status TEXT NOT NULL,                  -- linked | ambiguous
                        similarity REAL NOT NULL,
                        PRIMARY KEY (fromArticleId, toArticleId)
                    ) WITHOUT ROWID;
                    CREATE VIRTUAL TABLE article_fts USING fts5(headline, body, tokenize='jianbao_han');
                    """)
        }
        // Facets (people and places of the matched articles) read the entity index alone: 2.7 → 0.7 ms
        // for 132 matches on the 1,000,000-article benchmark archive. It also serves the old index's lookups.
        m.registerMigration("v2-covering-entity-index") { db in
            try db.execute(
                sql: """
                    CREATE INDEX entity_article_kind ON entity(articleId, kind, name, code);
                    DROP INDEX entity_article;
                    """)
        }
        // The search index's bulk-load settings, kept in its own config table so every writer uses them:
        // a 64 MB buffer of pending tokens (default 1 MB) flushes one segment per ingest batch instead
        // of one per megabyte, and merging 8 segments at a time (default 4) rewrites the index less
        // often. 100,000 articles: 35.5 → 31.3 s, and 7 index segments at the end instead of 15.
        m.registerMigration("v3-fts-bulk-settings") { db in
            try db.execute(
                sql: """
                    INSERT INTO article_fts(article_fts, rank) VALUES ('hashsize', 67108864);
                    INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', 8);
                    """)
        }
        // The parts of stitched jumps by article id, so that an unfiltered search ranks from the index
        // alone and looks up only which matches share a story, instead of reading every match's article
        // row (a random read each when the archive is not in memory).
        m.registerMigration("v4-stitched-parts-index") { db in
            try db.execute(sql: "CREATE INDEX article_stitched ON article(id, storyId) WHERE storyId IS NOT NULL")
        }
        // The search index reads its text from the articles' JSON instead of keeping a copy of every body
        // (a third of the archive's writes): `article_text` is the one definition of an article's indexed
        // text — kicker, headline and subtitle joined by spaces, the paragraphs by newlines — and
        // article_fts an external-content index over it. 100,000 articles: 1.38 → 1.09 GB.
        // (An existing archive's index is rebuilt from the JSON once.)
        m.registerMigration("v5-fts-external-content") { db in
            try db.execute(
                sql: """
                    CREATE VIEW article_text(id, headline, body) AS
                        SELECT id,
                            substr(coalesce(' ' || json_extract(json, '$.kicker'), '') || coalesce(' ' || json_extract(json, '$.headline'), '')
                                || coalesce(' ' || json_extract(json, '$.subtitle'), ''), 2),
                            coalesce(jianbao_lines(json_extract(json, '$.paragraphs')), '')
                        FROM article;
                    DROP TABLE article_fts;
                    CREATE VIRTUAL TABLE article_fts USING fts5(
                        headline, body, content='article_text', content_rowid='id', tokenize='jianbao_han');
                    INSERT INTO article_fts(article_fts, rank) VALUES ('hashsize', 67108864);
                    INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', 8);
                    INSERT INTO article_fts(article_fts) VALUES ('rebuild');
                    """)
        }
        // The tokenizer folds traditional characters to simplified ones (陳明 as 陈明): an archive indexed before
        // holds its traditional text's tokens unfolded, which folded queries would miss. Rebuilt once where it
        // holds any article at all (a fresh archive has none, and costs nothing).
        m.registerMigration("v6-fts-folded-script") { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM article)") == true {
                try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES ('rebuild')")
            }
        }
        return m
    }
}
