"""Work moving to and from other tools: XLIFF, PO, review DOCX/HTML, annotations, anonymising."""
