export { AspectLeaseDto as ReleaseAspectDto } from '../open-aspect/open-aspect.request.dto.js';
