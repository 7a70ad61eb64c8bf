/**
 * Where Retell serves call recordings (`recording_url`): its CloudFront distribution. The
 * owner's report plays them in an `<audio>` element, so the web app's CSP admits this origin in
 * `media-src` when Retell is configured (media only, never scripts or connections).
 */
export const retellRecordingOrigins = ['https://dxc03zgurdly9.cloudfront.net'] as const;
