/*
** report.c: monty-bench's machine-readable results (--json) and the ratio
** chart (--svg: one horizontal bar per benchmark, ExMonty time / CPython
** time, with a line at 1.0 where the two are equal).
*/
#include <math.h>
#include <string.h>

#include "bench.h"

/* ---- JSON ---- */

static void json_string(text *t, const char *s) {
  text_puts(t, "\"");
  for (; s && *s; s++) {
    unsigned char ch = (unsigned char)*s;
    if (ch == '"' || ch == '\\') text_printf(t, "\\%c", ch);
    else if (ch == '\n') text_puts(t, "\\n");
    else if (ch < 0x20) text_printf(t, "\\u%04x", ch);
    else text_add(t, s, 1);
  }
  text_puts(t, "\"");
}

/* A number JSON can hold (NaN and infinities cannot). */
static void json_number(text *t, double x) {
  if (isfinite(x)) text_printf(t, "%.9g", x);
  else text_puts(t, "null");
}

static void json_array(text *t, const double *x, size_t n) {
  text_puts(t, "[");
  for (size_t i = 0; i < n; i++) {
    if (i) text_puts(t, ", ");
    json_number(t, x[i]);
  }
  text_puts(t, "]");
}

static void json_result(text *t, const bench_result *b) {
  text_puts(t, "    {\"name\": ");
  json_string(t, b->name);
  text_printf(t, ", \"ok\": %s", b->ok ? "true" : "false");
  if (!b->ok) {
    text_puts(t, ", \"failure\": ");
    json_string(t, b->failure);
  }
  text_puts(t, ",\n     \"monty_seconds\": ");
  json_array(t, b->monty, b->nruns);
  text_puts(t, ",\n     \"cpython_seconds\": ");
  json_array(t, b->cpython, b->nruns);
  text_puts(t, ",\n     \"monty_median\": ");
  json_number(t, b->monty_median);
  text_puts(t, ", \"cpython_median\": ");
  json_number(t, b->cpython_median);
  text_puts(t, ", \"ratio\": ");
  json_number(t, b->ratio);
  text_puts(t, ",\n     \"checksum\": ");
  json_string(t, b->checksum.data);
  text_puts(t, "}");
}

static bool write_file(const char *path, const text *t) {
  FILE *f = fopen(path, "wb");
  if (!f) return false;
  bool ok = fwrite(t->data, 1, t->len, f) == t->len;
  return fclose(f) == 0 && ok;
}

bool report_write_json(const bench_report *r, const char *path) {
  text t = {0};
  text_puts(&t, "{\n  \"monty_version\": ");
  json_string(&t, r->monty_version);
  text_puts(&t, ",\n  \"python\": {\"path\": ");
  json_string(&t, r->python_path);
  text_puts(&t, ", \"version\": ");
  json_string(&t, r->python_version);
  text_puts(&t, "},\n  \"cpu\": ");
  json_string(&t, r->cpu);
  text_puts(&t, ",\n  \"scale\": ");
  json_number(&t, r->scale);
  text_printf(&t, ",\n  \"runs\": %zu,\n  \"clock\": \"%s\",\n  \"benchmarks\": [\n", r->runs,
              r->cpu_time ? "cpu" : "wall");
  for (size_t i = 0; i < r->nresults; i++) {
    json_result(&t, &r->results[i]);
    text_puts(&t, i + 1 < r->nresults ? ",\n" : "\n");
  }
  text_puts(&t, "  ],\n  \"geomean_ratio\": ");
  json_number(&t, r->geomean);
  text_puts(&t, ",\n  \"micro\": {");
  for (size_t i = 0; i < r->nmicro; i++) {
    text_puts(&t, i ? ",\n    " : "\n    ");
    json_string(&t, r->micro[i].key);
    text_puts(&t, ": ");
    json_number(&t, r->micro[i].value);
  }
  text_puts(&t, "\n  }\n}\n");
  bool ok = write_file(path, &t);
  text_free(&t);
  return ok;
}

/* ---- SVG ---- */

enum {
  SVG_WIDTH = 760,
  LABEL_W = 150,  /* benchmark names, right-aligned before the axis */
  VALUE_W = 70,   /* room for the value after the longest bar */
  TOP = 78,       /* title, subtitle and axis labels */
  ROW = 26,
  BAR = 16,
};

static void xml_text(text *t, const char *s) {
  for (; s && *s; s++) {
    switch (*s) {
    case '<': text_puts(t, "&lt;"); break;
    case '>': text_puts(t, "&gt;"); break;
    case '&': text_puts(t, "&amp;"); break;
    case '"': text_puts(t, "&quot;"); break;
    default: text_add(t, s, 1);
    }
  }
}

/* The axis runs from 0 to the largest ratio (at least 1.25, so the 1.0
** line always shows with room after it), rounded up to a tick. */
static double axis_max(const bench_report *r, double tick) {
  double m = 1.25;
  for (size_t i = 0; i < r->nresults; i++)
    if (r->results[i].ok && r->results[i].ratio > m) m = r->results[i].ratio;
  return ceil(m * 1.05 / tick) * tick;
}

static double axis_tick(const bench_report *r) {
  double m = axis_max(r, 0.25);
  return m <= 2.5 ? 0.25 : m <= 5 ? 0.5 : m <= 10 ? 1 : ceil(m / 10);
}

typedef struct chart {
  text *t;
  text *labels; /* drawn last, over the bars and the 1.0 line */
  double xmax;
  double plot_w;
} chart;

static double xpos(const chart *c, double v) { return LABEL_W + v / c->xmax * c->plot_w; }

static void svg_axis(const chart *c, double tick, double bottom) {
  for (double v = 0; v <= c->xmax + 1e-9; v += tick) {
    double x = xpos(c, v);
    text_printf(c->t, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e3e3e3\"/>\n", x, TOP - 6, x,
                bottom);
    text_printf(c->t, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#666\">%.2f</text>\n", x, TOP - 10, v);
  }
}

/* One bar: the name, the bar (green when ExMonty is faster, red when
** slower), the value; a failed benchmark shows why instead. */
/* Labels stay readable where they cross the 1.0 line. */
static const char halo[] = "paint-order=\"stroke\" stroke=\"white\" stroke-width=\"3\"";

static void svg_bar(const chart *c, double y, const char *name, bool ok, double ratio, bool bold) {
  text *t = c->labels;
  text_printf(t, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\"%s>", LABEL_W - 8, y + BAR - 3,
              bold ? " font-weight=\"bold\"" : "");
  xml_text(t, name);
  text_puts(t, "</text>\n");
  if (!ok) {
    text_printf(t, "<text x=\"%d\" y=\"%.1f\" fill=\"#c0392b\" %s>failed (checksum or error)</text>\n",
                LABEL_W + 6, y + BAR - 3, halo);
    return;
  }
  const char *fill = bold ? (ratio < 1 ? "#1e6b3f" : "#8e2a1f") : (ratio < 1 ? "#3c9d63" : "#d9534f");
  double w = xpos(c, ratio) - LABEL_W;
  text_printf(c->t, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>\n", LABEL_W, y, w, BAR, fill);
  text_printf(t, "<text x=\"%.1f\" y=\"%.1f\" %s%s>%.2f</text>\n", LABEL_W + w + 5, y + BAR - 3, halo,
              bold ? " font-weight=\"bold\"" : "", ratio);
}

bool report_write_svg(const bench_report *r, const char *path) {
  text t = {0}, labels = {0};
  double tick = axis_tick(r);
  chart c = {&t, &labels, axis_max(r, tick), SVG_WIDTH - LABEL_W - VALUE_W};
  double bottom = TOP + (double)(r->nresults + 1) * ROW + 8;
  int height = (int)bottom + 44;
  text_printf(&t,
              "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
              "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"13\">\n"
              "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
              SVG_WIDTH, height, SVG_WIDTH, height);
  text_printf(&t, "<text x=\"%d\" y=\"24\" font-size=\"16\" font-weight=\"bold\">"
                  "ExMonty time / CPython time (lower is faster)</text>\n", 12);
  text_printf(&t, "<text x=\"12\" y=\"44\" fill=\"#444\">ExMonty %s vs CPython %s (", r->monty_version,
              r->python_version);
  xml_text(&t, r->python_path);
  text_printf(&t, "), median %s of %zu runs, scale %g</text>\n", r->cpu_time ? "CPU time" : "wall time", r->runs,
              r->scale);
  svg_axis(&c, tick, bottom);
  for (size_t i = 0; i < r->nresults; i++) {
    const bench_result *b = &r->results[i];
    svg_bar(&c, TOP + (double)i * ROW, b->name, b->ok, b->ratio, false);
  }
  svg_bar(&c, TOP + (double)r->nresults * ROW + 8, "geometric mean", r->geomean > 0, r->geomean, true);
  double x1 = xpos(&c, 1.0);
  text_printf(&t,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#222\" stroke-width=\"1.5\" "
              "stroke-dasharray=\"5,3\"/>\n",
              x1, TOP - 6, x1, bottom);
  text_printf(&t, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#222\">1.0 = as fast as CPython</text>\n",
              x1, bottom + 16);
  if (labels.len) text_add(&t, labels.data, labels.len);
  text_free(&labels);
  if (r->cpu[0]) {
    text_printf(&t, "<text x=\"12\" y=\"%d\" fill=\"#888\" font-size=\"11\">", height - 8);
    xml_text(&t, r->cpu);
    text_puts(&t, "</text>\n");
  }
  text_puts(&t, "</svg>\n");
  bool ok = write_file(path, &t);
  text_free(&t);
  return ok;
}
