package org.nianbao.engine.extract.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the straight horizontal and vertical lines (table borders) drawn on one page, whether
 * stroked as paths or filled as thin rectangles, and counts the images drawn.
 */
final class PageGraphics extends PDFGraphicsStreamEngine {
    private static final int MAX_RULINGS = 20000;

    final List<Ruling> rulings = new ArrayList<>();
    int images;
    private final List<float[]> path = new ArrayList<>(); // segments x1,y1,x2,y2 in PDF space
    private final List<float[]> rects = new ArrayList<>(); // x,y,w,h in PDF space
    private float cx;
    private float cy;
    private float sx;
    private float sy;
    private final float left;
    private final float bottom;
    private final float width;
    private final float height;
    private final int rotation;

    PageGraphics(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        left = box.getLowerLeftX();
        bottom = box.getLowerLeftY();
        width = box.getWidth();
        height = box.getHeight();
        int r = page.getRotation() % 360;
        rotation = r < 0 ? r + 360 : r;
    }

    /** Page space to the displayed page (the frame of the text positions): top-left origin, y down. */
    private float[] display(float x, float y) {
        float x0 = x - left;
        float y0 = y - bottom;
        return switch (rotation) {
            case 90 -> new float[] {y0, x0};
            case 180 -> new float[] {width - x0, y0};
            case 270 -> new float[] {height - y0, width - x0};
            default -> new float[] {x0, height - y0};
        };
    }

    void run() throws IOException {
        processPage(getPage());
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rects.add(new float[] {x0, y0, x1 - x0, y1 - y0});
        path.add(new float[] {x0, y0, x1, y0});
        path.add(new float[] {x1, y0, x1, y1});
        path.add(new float[] {x1, y1, x0, y1});
        path.add(new float[] {x0, y1, x0, y0});
        cx = x0;
        cy = y0;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
        cx = x;
        cy = y;
        sx = x;
        sy = y;
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(new float[] {cx, cy, x, y});
        cx = x;
        cy = y;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        cx = x3;
        cy = y3;
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float(cx, cy);
    }

    @Override
    public void closePath() {
        path.add(new float[] {cx, cy, sx, sy});
        cx = sx;
        cy = sy;
    }

    @Override
    public void endPath() {
        path.clear();
        rects.clear();
    }

    @Override
    public void strokePath() {
        for (float[] s : path) {
            addSegment(s[0], s[1], s[2], s[3]);
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (float[] r : rects) {
            float w = r[2];
            float h = r[3];
            if (h <= 2.5f && w > 2f) {
                addSegment(r[0], r[1] + h / 2, r[0] + w, r[1] + h / 2);
            } else if (w <= 2.5f && h > 2f) {
                addSegment(r[0] + w / 2, r[1], r[0] + w / 2, r[1] + h);
            }
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    private void addSegment(float x1, float y1, float x2, float y2) {
        if (rulings.size() >= MAX_RULINGS) {
            return;
        }
        float[] a = display(x1, y1);
        float[] b = display(x2, y2);
        float ax = a[0];
        float bx = b[0];
        float ay = a[1];
        float by = b[1];
        if (Math.abs(ay - by) < 0.8f && Math.abs(ax - bx) > 2f) {
            rulings.add(new Ruling(true, (ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
        } else if (Math.abs(ax - bx) < 0.8f && Math.abs(ay - by) > 2f) {
            rulings.add(new Ruling(false, (ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
        }
    }
}
