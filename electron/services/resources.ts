/**
 * The project's resources/ folder (fonts, templates). This file sits two folders below the
 * project root in the sources (electron/services/) and in every bundle (dist/main/, dist/cli/),
 * and packaged apps keep resources/ beside dist/ inside app.asar, which Electron's fs can read.
 */
import path from 'node:path';

export const resourcesDir = path.join(__dirname, '..', '..', 'resources');

/** The TrueType fonts embedded in every PDF (Noto Sans, SIL Open Font License). */
export const fontsDir = path.join(resourcesDir, 'fonts');
