export * from './document-service';
export * from './pdf-export';
