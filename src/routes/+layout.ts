// adapter-static: every route is prerendered to a static file.
export const prerender = true;
export const trailingSlash = 'never';
