import { readFileSync } from 'node:fs';
import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../identity/auth.decorators.js';

const page = readFileSync(new URL('./public/live.html', import.meta.url), 'utf8');

/** The minimal spectator page; the full web app is its own piece of work. */
@ApiExcludeController()
@Public()
@Controller()
export class LivePageController {
  @Get('live')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  live(): string {
    return page;
  }
}
