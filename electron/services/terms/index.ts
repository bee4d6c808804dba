export * from './terms-service';
export * from './terms-pdf';
export * from './templates';
