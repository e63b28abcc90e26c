"""Case memos a legal adviser can send: Markdown, HTML and PDF (WeasyPrint)."""
